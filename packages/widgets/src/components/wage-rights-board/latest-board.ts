import { isCivilDate } from '@rectify/rules';
import type { RightsBoard } from '@rectify/schemas';
import { asArray } from '../shared/data-guards';

/**
 * The board observation that tells the board's state: the latest one (by `checkedOn`) of the project, on or before
 * `asOf` when given. An older complete board does not excuse a later gap (as WG-RIGHTS-BOARD judges it).
 */
export function latestBoard(
  boards: readonly RightsBoard[] | null | undefined,
  options: { projectId?: string | undefined; asOf?: string | undefined } = {},
): RightsBoard | undefined {
  let latest: RightsBoard | undefined;
  for (const b of asArray(boards)) {
    if (!b || typeof b !== 'object') continue;
    if (options.projectId !== undefined && b.projectId !== options.projectId) continue;
    if (!isCivilDate(b.checkedOn)) continue;
    if (isCivilDate(options.asOf) && b.checkedOn > options.asOf) continue;
    if (latest === undefined || b.checkedOn >= latest.checkedOn) latest = b;
  }
  return latest;
}
