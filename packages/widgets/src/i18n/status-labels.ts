import type { Bilingual } from '@rectify/schemas';

/** A widget status: a symbol that prints in black and words in both languages (never colour alone). */
export interface WidgetStatusLabel {
  /** The symbol shown before the words. */
  icon: string;
  /** The words. */
  label: Bilingual;
}

const l = (icon: string, zh: string, en: string): WidgetStatusLabel => ({ icon, label: { 'zh-CN': zh, en } });

/**
 * Status codes of the widgets beyond the shared `STATUS_LABELS` of `@rectify/rules` (outcomes, severities, task
 * states): indicator targets, board items, sampling assignment and the arrears warning levels (蓝、黄、橙、红, shown by
 * a circle filling up so the level reads without colour).
 */
export const WIDGET_STATUS_LABELS: Readonly<Record<string, WidgetStatusLabel>> = {
  met: l('✓', '达标', 'Met'),
  'not-met': l('✗', '未达标', 'Not met'),
  'not-measured': l('？', '无法计算', 'Not measurable'),
  'no-target': l('–', '无量化目标', 'No target'),
  shown: l('✓', '已公示', 'Shown'),
  missing: l('✗', '缺失', 'Missing'),
  'board-present': l('✓', '已设立', 'Up'),
  'board-absent': l('✗', '未设立', 'Not up'),
  'no-finding': l('○', '无核查记录', 'No finding'),
  assigned: l('✓', '已分派', 'Assigned'),
  partial: l('◐', '部分分派', 'Partly assigned'),
  unassigned: l('✗', '未分派', 'Not assigned'),
  'warning-none': l('○', '无预警', 'No warning'),
  'warning-blue': l('◔', '蓝色预警', 'Blue warning'),
  'warning-yellow': l('◑', '黄色预警', 'Yellow warning'),
  'warning-orange': l('◕', '橙色预警', 'Orange warning'),
  'warning-red': l('●', '红色预警', 'Red warning'),
  'warning-unknown': l('？', '预警等级未知', 'Warning level unknown'),
};
