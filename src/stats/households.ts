import type { ClientProfile } from '../model/client.js';
import type { Statistics } from '../model/statistics.js';

/**
 * `households`: a `family_id` shared by two or more served clients is a
 * family. A family with only one served member in the period counts that
 * member as an individual, like a client without a family id.
 */
export function countHouseholds(profiles: Iterable<ClientProfile>): Statistics['households'] {
  const membersByFamily = new Map<string, number>();
  let served = 0;
  for (const profile of profiles) {
    served++;
    if (profile.familyId !== null) {
      membersByFamily.set(profile.familyId, (membersByFamily.get(profile.familyId) ?? 0) + 1);
    }
  }
  let families = 0;
  let familyMembers = 0;
  for (const members of membersByFamily.values()) {
    if (members >= 2) {
      families++;
      familyMembers += members;
    }
  }
  return { families, familyMembers, individuals: served - familyMembers };
}
