/**
 * What to watch in each bundled scenario: the page's own one-line pointer to the mechanism the
 * scenario file's description and comments are about, in words for students. Keyed by file
 * name (without .yaml). A scenario missing here simply has no such line.
 */
export const WATCH: Record<string, string> = {
  'fragile-state':
    'Watch hostility (the orange line) rise before anyone is killed, then the first killings. Compare "early" with "late": late help meets armed groups already formed and killings already remembered, so the same instruments do less.',
  'three-points':
    'Each strategy waits for a state of the country (a crisis, an armed conflict, a mass atrocity), never for a date. Watch which point a world reaches, and how much worse the state is that the later points meet.',
  baltics:
    'Watch leverage: an open economy and the wish to join Western institutions make outside pressure bite. Compare the coordinated campaign with comprehensive sanctions, which raise hardship and so grievance.',
  'bosnia-kosovo':
    'Watch the second excluded group after the settlement: its grievance keeps growing from month 30, and what happens depends on whether the outsiders stay engaged.',
  'burundi-1965':
    'Watch the months after the coup at month 3: the new elite climbs the ladder toward elimination unless pressure comes quickly. "ladder" and "front-loaded" use the same instruments and budget in a different order.',
  'congo-fragmentation':
    'Watch armed groups split and appear in new places, and the peacekeepers (circles) spread thinner to meet each one.',
  'east-timor-1999':
    'Watch how fast the militias kill after the ballot, and the shaded protected zones around peacekeepers. Compare "historical" (a regional force as soon as killings are seen) with "observers-only": the force cuts the killing by more than half, though it rarely keeps it under the mass-atrocity line. Then "late-force", the same force six months later: in this world it comes out close to the prompt one. Ask the class why, and look at The cost of waiting.',
  'macedonia-1992':
    'Most worlds stay calm. Watch the few that slide toward war, and whether troops alone ("troops-only") do as well as troops with the diplomacy around them.',
  'macedonia-2001':
    'Watch the first months of the insurgency and the ceasefire. Compare a political package (power-sharing) with force first and with a slow ladder of pressure.',
  'migrant-enclaves':
    'Watch the enclaves and the shocks at months 12 and 24. Bridging programmes lower hostility slowly, through contact between neighbours of different groups.',
  'rwanda-1990s':
    'Watch hate speech climb and how early the killing starts: in most worlds it begins before the small mission is due (month 36) and before the hardliners\' takeover (month 42), so "historical" sends no mission at all. This model\'s Rwanda escalates faster than the real one did; compare what a mission that comes and stays ("robust-unamir") or pressure from the start ("front-loaded") changes.',
  'sudan-cpa':
    'Watch what follows the ceasefire: each month the agreement holds or breaks, depending on guarantees. Compare leaving after the ceasefire with staying to guarantee it.',
  'epstein-1':
    'Watch the outbursts: long quiet spells broken by sudden bursts of active citizens (full colour) wherever the police in view are too few to deter them.',
  'epstein-2':
    'Watch the two groups\' numbers in the table: in most worlds one group is wiped out, without peacekeepers soonest. Compare "few" and "peacekeepers": peacekeepers delay the killing, and in this classic model rarely prevent it. This model has no elite and no armed groups, so its stage reads only how many citizens are active and killed, and the outcome\'s "mass atrocity" may stay "no": compare the civilians killed in the outcome (the table\'s dead are only those no newborn has replaced).',
};
