/** WG.S3: the four State Council assessment (国考) indicators, verbatim from 附件2. */
export const NATIONAL_ASSESSMENT_QUOTE =
  '确保一体化平台占比、实名制更新率、项目平均上班人数、管理人员到岗率等“国考”考核指标动态达标';
