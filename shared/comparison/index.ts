// Screenshot comparisons in shared code: the model and its rules, region notes as W3C
// FragmentSelectors, the region palette, and the CLI's LABEL=PATH argument.
export * from './model';
export * from './regions';
export * from './palette';
export * from './image-arg';
