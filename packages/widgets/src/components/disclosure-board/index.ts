export type { DisclosureBoardProps, PrintRequest } from './disclosure-board';
export { DisclosureBoard } from './disclosure-board';
export type { PrintTarget } from './open-print-document';
export { openPrintDocument } from './open-print-document';
export type { DisclosurePosting } from './posting-dates';
export { DISPLAY_DAYS, disclosurePosting } from './posting-dates';
export type { NoticeCommunity, PaperSize, PrintNoticeOptions } from './print-notice';
export { printNotice, printNoticeCss } from './print-notice';
export { disclosureBoardCss } from './styles';
