/** Every collection of the portal, in admin order. */
import { AuditLog } from './AuditLog';
import { Categories } from './Categories';
import { Consultations } from './Consultations';
import { DisclosureList } from './DisclosureList';
import { Feedback } from './Feedback';
import { LegalDocuments } from './LegalDocuments';
import { Media } from './Media';
import { Officials } from './Officials';
import { Pages } from './Pages';
import { Plans } from './Plans';
import { Posts } from './Posts';
import { Procurement } from './Procurement';
import { PublicServices } from './PublicServices';
import { Sites } from './Sites';
import { SocialAccounts } from './SocialAccounts';
import { Units } from './Units';
import { Users } from './Users';
import { VisitStats } from './VisitStats';
import { WorkSchedules } from './WorkSchedules';

/** Collections that belong to one site (the multi-tenant plugin adds their `site` field). */
export const SITE_SCOPED = [
  Posts, Pages, Categories, LegalDocuments, Units, Officials, WorkSchedules, Feedback, Consultations,
  Plans, Procurement, PublicServices, DisclosureList, SocialAccounts, Media, VisitStats, AuditLog,
];

export const COLLECTIONS = [...SITE_SCOPED, Sites, Users];
