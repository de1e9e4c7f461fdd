/**
 * The nine items of the rights-information board (维权信息告示牌), wage payment regulations art. 34, in board order:
 * the same codes as `RIGHTS_BOARD_ITEMS` of `@rectify/schemas` (a test keeps them equal). Kept here because importing
 * the schemas module that holds them brings zod into the widget bundle.
 */
export const RIGHTS_BOARD_ITEM_CODES = [
  'parties',
  'labour-wage-officer',
  'minimum-wage',
  'pay-day',
  'authority-hotline',
  'labour-inspection-hotline',
  'arbitration-channel',
  'legal-aid-channel',
  'public-legal-service-hotline',
] as const;
