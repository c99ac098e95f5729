// How the shell's 查找 command (Ctrl/Cmd+F) reaches the reader's find bar without the shell
// knowing about the reader. A request may carry a query and the place of the match to show
// first (a hit of 在项目中搜索 in an article's text).
import { createChannel } from '../app/channel';

export interface FindSeed {
  query: string;
  /** The match to make current, by its start in code points. */
  start: number;
}

const requests = createChannel<FindSeed | undefined>();
export const requestFind = (seed?: FindSeed): void => requests.send(seed);
export const onFindRequest = (listener: (seed?: FindSeed) => void): (() => void) => requests.listen(listener);
