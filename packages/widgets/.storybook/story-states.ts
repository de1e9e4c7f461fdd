// Shared inputs of the widget stories: the error every widget shows in its error story, and long text.
import type { Bilingual } from '@rectify/schemas';

/** What a data service's failure looks like in the error stories. */
export const SERVICE_ERROR: Bilingual = {
  'zh-CN': '数据接口暂时无法访问（HTTP 503），请稍后刷新页面。',
  en: 'The data service is unavailable (HTTP 503); please reload the page later.',
};

/** A long tail appended to names in the long-text stories, to check that text wraps instead of overflowing. */
export const LONG_TAIL =
  '（泉州市丰泽区东海街道滨海社区刺桐花园一期二期三期及配套商业综合体联合项目管理处，含地下室、架空层与屋顶平台）';

/** The paper sizes of the print previews. */
