/**
 * Which groups an elite targets (incites against, orders killed): the groups it discriminates
 * against, or, discriminating against none, every group but its own. An elite with no group of
 * its own and none discriminated against targets nobody, and stops at repression. One rule for
 * the engine (elite.ts) and the scenario parser (which refuses a start at incitement or
 * elimination with nobody to target); it imports nothing, so the parser stays pure.
 */
export function eliteTargets(groupIds: readonly string[], represents: string | undefined, discrimination: Readonly<Record<string, number>>): boolean[] {
  const own = represents === undefined ? -1 : groupIds.indexOf(represents);
  const anyDiscriminated = Object.values(discrimination).some((d) => d > 0);
  return groupIds.map((id, i) => i !== own && ((discrimination[id] ?? 0) > 0 || (!anyDiscriminated && own >= 0)));
}
