/**
 * The public-income indicators a county's monthly briefing and year-end summary report (附件1 一、整治目标 PI.T1–T4,
 * and the street inspection coverage of PI.C5.e), by id in target order.
 */
export const PI_TARGET_INDICATOR_IDS: readonly string[] = [
  'PI-T1-DISCLOSURE',
  'PI-T2-SAMPLING',
  'PI-T3-MISAPPROPRIATION',
  'PI-T4-SUPPORT',
  'PI-T4-AWARENESS',
  'PI-T4-SATISFACTION',
  'PI-C5E-STREET-INSPECTION',
];

/** The wages targets WG.T1–T5 (附件2 一、整治目标), by id in target order. */
export const WG_TARGET_INDICATOR_IDS: readonly string[] = [
  'WG-GUARANTEE-COVERAGE',
  'WG-REAL-NAME-UPDATE',
  'WG-AVERAGE-ATTENDANCE',
  'WG-MANAGER-ON-SITE',
  'WG-COMPLAINT-CLOSURE',
];

/** The indicators the city bulletin ranks counties on (PI.T1, PI.T2, WG.T1–T5), by id in order, with their clause. */
export const BULLETIN_INDICATORS: readonly { readonly id: string; readonly clauseId: string }[] = [
  { id: 'PI-T1-DISCLOSURE', clauseId: 'PI.T1' },
  { id: 'PI-T2-SAMPLING', clauseId: 'PI.T2' },
  { id: 'WG-GUARANTEE-COVERAGE', clauseId: 'WG.T1' },
  { id: 'WG-REAL-NAME-UPDATE', clauseId: 'WG.T2' },
  { id: 'WG-AVERAGE-ATTENDANCE', clauseId: 'WG.T3' },
  { id: 'WG-MANAGER-ON-SITE', clauseId: 'WG.T4' },
  { id: 'WG-COMPLAINT-CLOSURE', clauseId: 'WG.T5' },
];
