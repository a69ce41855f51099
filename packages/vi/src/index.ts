/**
 * `@cong/vi` — Vietnamese text (NFC, look-alikes, diacritic folding, slugs, dates, phones, e-mails), administrative
 * units before and after the reform of 1 July 2025, the specialised agencies of a provincial People's Committee,
 * and the `.gov.vn` naming rule.
 */
export { nfc, normalizeConfusables, stripDiacritics, foldVietnamese, slugify, compactLabel } from './text';
export { searchText, searchTokens, foldWithOffsets } from './search';
export { parseVietnameseDate, assertIsoDate } from './date';
export { parsePhone, normalizePhone, extractPhones, extractEmails } from './contact';
export type { PhoneNumber } from './contact';
export {
  REFORM_DATE,
  eraOn,
  getAdministrativeTree,
  listProvinces,
  mapOldCommuneToNew,
  successorProvinces,
} from './admin-units/index';
export type {
  AdminUnit,
  AdministrativeTree,
  Commune,
  CommuneType,
  District,
  DistrictType,
  Era,
  OldToNewCommune,
  Province,
  ProvinceType,
} from './admin-units/index';
export { provincialAgencies, agencyRegimeOn, agenciesNotIncluded } from './agencies';
export type { ProvincialAgency, AgencyLegalBasis, AgencyRegime } from './agencies';
export {
  GOV_VN,
  RESERVED_HOST_LABELS,
  provinceDomainLabel,
  provinceDomain,
  departmentDomain,
  assignUnitDomainLabels,
  planProvinceDomains,
} from './domains';
export type { ProvinceDomainPlan } from './domains';
