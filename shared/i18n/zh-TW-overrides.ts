// Hand-kept corrections to OpenCC's mainland → Taiwan conversion (cn → twp) for this product's
// words. Each entry is a Simplified phrase as it appears in zh-CN.ts, what it reads as in Taiwan
// usage, and why OpenCC's own choice does not fit here. scripts/i18n-zh-tw.mjs protects these
// phrases before converting the rest, so OpenCC never sees them.
export const ZH_TW_OVERRIDES: readonly (readonly [simplified: string, taiwan: string, why: string])[] = [
  ['发布', '發布', 'publishing a fact-check (ClaimReview publisher); OpenCC reads it as a software release, 釋出'],
  ['搜索', '搜尋', 'OpenCC keeps 搜索 inside 在项目中搜索'],
  ['查找', '尋找', 'the Find command; OpenCC gives 查詢, which is a query'],
  ['撤销', '復原', 'the Undo command as Taiwan menus name it; OpenCC gives 撤銷'],
  ['帮助', '說明', 'the Help menu as Taiwan menus name it'],
  ['全屏', '全螢幕', 'full screen'],
  ['只读', '唯讀', 'read-only files'],
  ['新建', '新增', 'creating a project or comparison'],
  ['打印', '輸出', 'the address `pizhu web` prints in the terminal; OpenCC gives 列印, printing on paper'],
  ['地址', '網址', 'a web or server address'],
  ['本地', '本機', 'this computer'],
  ['共享', '共用', 'sharing a project on the sync server'],
  ['识别', '辨識', 'recognising text (OCR) or a request'],
  ['退出', '結束', 'quitting the app, as Taiwan menus name it'],
  ['临时文件夹', '暫存資料夾', 'the temp folder'],
];
