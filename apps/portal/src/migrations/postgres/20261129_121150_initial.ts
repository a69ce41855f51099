import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_posts_genre" AS ENUM('news', 'article', 'interview', 'photo', 'photoStory', 'video', 'translation', 'republished');
  CREATE TYPE "public"."enum_posts_citation_kind" AS ENUM('original', 'republished');
  CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posts_v_version_genre" AS ENUM('news', 'article', 'interview', 'photo', 'photoStory', 'video', 'translation', 'republished');
  CREATE TYPE "public"."enum__posts_v_version_citation_kind" AS ENUM('original', 'republished');
  CREATE TYPE "public"."enum__posts_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__posts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pages_section" AS ENUM('introduction', 'history', 'organisationStructure', 'functionsAndDuties', 'leadership', 'contacts', 'spokesperson', 'socialAccounts', 'accessToInformation', 'privacyPolicy', 'boundaryMap', 'naturalConditions');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_section" AS ENUM('introduction', 'history', 'organisationStructure', 'functionsAndDuties', 'leadership', 'contacts', 'spokesperson', 'socialAccounts', 'accessToInformation', 'privacyPolicy', 'boundaryMap', 'naturalConditions');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_categories_kind" AS ENUM('news', 'legalDocuments', 'plans', 'procurement', 'lawDissemination', 'qa', 'consultations', 'other');
  CREATE TYPE "public"."enum_categories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__categories_v_version_kind" AS ENUM('news', 'legalDocuments', 'plans', 'procurement', 'lawDissemination', 'qa', 'consultations', 'other');
  CREATE TYPE "public"."enum__categories_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__categories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_legal_documents_kind" AS ENUM('normative', 'directive');
  CREATE TYPE "public"."enum_legal_documents_validity" AS ENUM('inForce', 'partlyExpired', 'expired', 'notYet', 'unknown');
  CREATE TYPE "public"."enum_legal_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__legal_documents_v_version_kind" AS ENUM('normative', 'directive');
  CREATE TYPE "public"."enum__legal_documents_v_version_validity" AS ENUM('inForce', 'partlyExpired', 'expired', 'notYet', 'unknown');
  CREATE TYPE "public"."enum__legal_documents_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__legal_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_units_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__units_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__units_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_officials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__officials_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__officials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_work_schedules_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__work_schedules_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__work_schedules_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_feedback_moderation" AS ENUM('pending', 'answered', 'rejected');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__feedback_v_version_moderation" AS ENUM('pending', 'answered', 'rejected');
  CREATE TYPE "public"."enum__feedback_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__feedback_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_consultations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__consultations_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__consultations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_plans_kind" AS ENUM('strategy', 'programme', 'project', 'masterPlan', 'plan', 'annualWorkPlan');
  CREATE TYPE "public"."enum_plans_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__plans_v_version_kind" AS ENUM('strategy', 'programme', 'project', 'masterPlan', 'plan', 'annualWorkPlan');
  CREATE TYPE "public"."enum__plans_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__plans_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_procurement_kind" AS ENUM('investment', 'tender', 'purchase');
  CREATE TYPE "public"."enum_procurement_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procurement_v_version_kind" AS ENUM('investment', 'tender', 'purchase');
  CREATE TYPE "public"."enum__procurement_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__procurement_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_public_services_online_level" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum_public_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__public_services_v_version_online_level" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum__public_services_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__public_services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_disclosure_list_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclosure_list_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__disclosure_list_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_social_accounts_platform" AS ENUM('facebook', 'zalo', 'youtube', 'tiktok', 'x', 'other');
  CREATE TYPE "public"."enum_social_accounts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__social_accounts_v_version_platform" AS ENUM('facebook', 'zalo', 'youtube', 'tiktok', 'x', 'other');
  CREATE TYPE "public"."enum__social_accounts_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__social_accounts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'publish', 'unpublish', 'delete', 'import', 'provision');
  CREATE TYPE "public"."enum_sites_level" AS ENUM('province', 'department', 'district', 'commune', 'unit', 'party', 'enterprise');
  CREATE TYPE "public"."enum_sites_site_type" AS ENUM('general', 'internal', 'specialised');
  CREATE TYPE "public"."enum_sites_status" AS ENUM('active', 'merged', 'archived');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('superAdmin', 'regulator');
  CREATE TYPE "public"."enum_users_site_roles_role" AS ENUM('contributor', 'editor', 'chiefEditor', 'siteAdmin');
  CREATE TABLE "posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"slug" varchar,
  	"hero_image_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"author_name" varchar,
  	"genre" "enum_posts_genre" DEFAULT 'news',
  	"citation_kind" "enum_posts_citation_kind" DEFAULT 'original',
  	"citation_source_name" varchar,
  	"citation_source_url" varchar,
  	"citation_original_author" varchar,
  	"citation_original_published_at" timestamp(3) with time zone,
  	"citation_permission_reference" varchar,
  	"citation_permission_granted_on" timestamp(3) with time zone,
  	"citation_permission_file_id" integer,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "posts_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"content" jsonb,
  	"_status" "enum_posts_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "posts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer
  );
  
  CREATE TABLE "_posts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_slug" varchar,
  	"version_hero_image_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_author_name" varchar,
  	"version_genre" "enum__posts_v_version_genre" DEFAULT 'news',
  	"version_citation_kind" "enum__posts_v_version_citation_kind" DEFAULT 'original',
  	"version_citation_source_name" varchar,
  	"version_citation_source_url" varchar,
  	"version_citation_original_author" varchar,
  	"version_citation_original_published_at" timestamp(3) with time zone,
  	"version_citation_permission_reference" varchar,
  	"version_citation_permission_granted_on" timestamp(3) with time zone,
  	"version_citation_permission_file_id" integer,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__posts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_posts_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_content" jsonb,
  	"version__status" "enum__posts_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_posts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"slug" varchar,
  	"section" "enum_pages_section",
  	"image_id" integer,
  	"order" numeric DEFAULT 100,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"content" jsonb,
  	"guidance" varchar,
  	"_status" "enum_pages_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_slug" varchar,
  	"version_section" "enum__pages_v_version_section",
  	"version_image_id" integer,
  	"version_order" numeric DEFAULT 100,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_content" jsonb,
  	"version_guidance" varchar,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"slug" varchar,
  	"kind" "enum_categories_kind" DEFAULT 'news',
  	"parent_id" integer,
  	"order" numeric DEFAULT 100,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories_locales" (
  	"name" varchar,
  	"description" varchar,
  	"_status" "enum_categories_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "categories_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_categories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__categories_v_version_kind" DEFAULT 'news',
  	"version_parent_id" integer,
  	"version_order" numeric DEFAULT 100,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__categories_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_categories_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"version__status" "enum__categories_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_categories_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "legal_documents_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "legal_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"document_number" varchar,
  	"document_number_key" varchar,
  	"type" varchar,
  	"kind" "enum_legal_documents_kind" DEFAULT 'normative',
  	"issuer" varchar,
  	"issuer_key" varchar,
  	"signer" varchar,
  	"issued_on" timestamp(3) with time zone,
  	"effective_on" timestamp(3) with time zone,
  	"field" varchar,
  	"validity" "enum_legal_documents_validity" DEFAULT 'unknown',
  	"replaced_by_id" integer,
  	"import_key" varchar,
  	"source_ref" varchar,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "legal_documents_locales" (
  	"summary" varchar,
  	"text" jsonb,
  	"_status" "enum_legal_documents_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "legal_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_documents_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_legal_documents_v_version_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_document_number" varchar,
  	"version_document_number_key" varchar,
  	"version_type" varchar,
  	"version_kind" "enum__legal_documents_v_version_kind" DEFAULT 'normative',
  	"version_issuer" varchar,
  	"version_issuer_key" varchar,
  	"version_signer" varchar,
  	"version_issued_on" timestamp(3) with time zone,
  	"version_effective_on" timestamp(3) with time zone,
  	"version_field" varchar,
  	"version_validity" "enum__legal_documents_v_version_validity" DEFAULT 'unknown',
  	"version_replaced_by_id" integer,
  	"version_import_key" varchar,
  	"version_source_ref" varchar,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__legal_documents_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_legal_documents_v_locales" (
  	"version_summary" varchar,
  	"version_text" jsonb,
  	"version__status" "enum__legal_documents_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_legal_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_documents_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"parent_unit_id" integer,
  	"phone" varchar,
  	"email" varchar,
  	"order" numeric DEFAULT 100,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units_locales" (
  	"name" varchar,
  	"functions" jsonb,
  	"address" varchar,
  	"_status" "enum_units_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_units_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_parent_unit_id" integer,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_order" numeric DEFAULT 100,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__units_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_units_v_locales" (
  	"version_name" varchar,
  	"version_functions" jsonb,
  	"version_address" varchar,
  	"version__status" "enum__units_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "officials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar,
  	"unit_id" integer,
  	"phone" varchar,
  	"email" varchar,
  	"photo_id" integer,
  	"is_leader" boolean,
  	"is_contact_point" boolean,
  	"is_spokesperson" boolean,
  	"order" numeric DEFAULT 100,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "officials_locales" (
  	"position" varchar,
  	"bio" jsonb,
  	"_status" "enum_officials_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_officials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_name" varchar,
  	"version_unit_id" integer,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_photo_id" integer,
  	"version_is_leader" boolean,
  	"version_is_contact_point" boolean,
  	"version_is_spokesperson" boolean,
  	"version_order" numeric DEFAULT 100,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__officials_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_officials_v_locales" (
  	"version_position" varchar,
  	"version_bio" jsonb,
  	"version__status" "enum__officials_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "work_schedules_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"time" varchar,
  	"leader_id" integer
  );
  
  CREATE TABLE "work_schedules_entries_locales" (
  	"content" varchar,
  	"location" varchar,
  	"participants" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "work_schedules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"week_start" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "work_schedules_locales" (
  	"title" varchar,
  	"_status" "enum_work_schedules_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_work_schedules_v_version_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"time" varchar,
  	"leader_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_work_schedules_v_version_entries_locales" (
  	"content" varchar,
  	"location" varchar,
  	"participants" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_work_schedules_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_week_start" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__work_schedules_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_work_schedules_v_locales" (
  	"version_title" varchar,
  	"version__status" "enum__work_schedules_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"asker_name" varchar,
  	"asker_email" varchar,
  	"asker_phone" varchar,
  	"received_at" timestamp(3) with time zone,
  	"answered_by" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"moderation" "enum_feedback_moderation" DEFAULT 'pending',
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback_locales" (
  	"title" varchar,
  	"question" varchar,
  	"answer" jsonb,
  	"_status" "enum_feedback_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_feedback_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_asker_name" varchar,
  	"version_asker_email" varchar,
  	"version_asker_phone" varchar,
  	"version_received_at" timestamp(3) with time zone,
  	"version_answered_by" varchar,
  	"version_answered_at" timestamp(3) with time zone,
  	"version_moderation" "enum__feedback_v_version_moderation" DEFAULT 'pending',
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__feedback_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_feedback_v_locales" (
  	"version_title" varchar,
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version__status" "enum__feedback_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "consultations_comments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"body" varchar,
  	"received_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "consultations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"open_from" timestamp(3) with time zone,
  	"deadline" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consultations_locales" (
  	"title" varchar,
  	"description" jsonb,
  	"result_summary" jsonb,
  	"_status" "enum_consultations_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "consultations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_consultations_v_version_comments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"body" varchar,
  	"received_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consultations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_open_from" timestamp(3) with time zone,
  	"version_deadline" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__consultations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_consultations_v_locales" (
  	"version_title" varchar,
  	"version_description" jsonb,
  	"version_result_summary" jsonb,
  	"version__status" "enum__consultations_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_consultations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"kind" "enum_plans_kind" DEFAULT 'plan',
  	"period_from" timestamp(3) with time zone,
  	"period_to" timestamp(3) with time zone,
  	"document_id" integer,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plans_locales" (
  	"title" varchar,
  	"summary" jsonb,
  	"results" jsonb,
  	"_status" "enum_plans_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "plans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_plans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_kind" "enum__plans_v_version_kind" DEFAULT 'plan',
  	"version_period_from" timestamp(3) with time zone,
  	"version_period_to" timestamp(3) with time zone,
  	"version_document_id" integer,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__plans_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_plans_v_locales" (
  	"version_title" varchar,
  	"version_summary" jsonb,
  	"version_results" jsonb,
  	"version__status" "enum__plans_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_plans_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "procurement" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"kind" "enum_procurement_kind" DEFAULT 'tender',
  	"budget_vnd" numeric,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "procurement_locales" (
  	"title" varchar,
  	"funding_source" varchar,
  	"status" varchar,
  	"description" jsonb,
  	"_status" "enum_procurement_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procurement_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_procurement_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_kind" "enum__procurement_v_version_kind" DEFAULT 'tender',
  	"version_budget_vnd" numeric,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procurement_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_procurement_v_locales" (
  	"version_title" varchar,
  	"version_funding_source" varchar,
  	"version_status" varchar,
  	"version_description" jsonb,
  	"version__status" "enum__procurement_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procurement_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "public_services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"code" varchar,
  	"online_level" "enum_public_services_online_level",
  	"url" varchar,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "public_services_locales" (
  	"name" varchar,
  	"field" varchar,
  	"_status" "enum_public_services_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_public_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_code" varchar,
  	"version_online_level" "enum__public_services_v_version_online_level",
  	"version_url" varchar,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__public_services_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_public_services_v_locales" (
  	"version_name" varchar,
  	"version_field" varchar,
  	"version__status" "enum__public_services_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "disclosure_list" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"link" varchar,
  	"order" numeric DEFAULT 100,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_list_locales" (
  	"item" varchar,
  	"legal_basis" varchar,
  	"form" varchar,
  	"timing" varchar,
  	"responsible_unit" varchar,
  	"_status" "enum_disclosure_list_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_disclosure_list_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_link" varchar,
  	"version_order" numeric DEFAULT 100,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__disclosure_list_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_disclosure_list_v_locales" (
  	"version_item" varchar,
  	"version_legal_basis" varchar,
  	"version_form" varchar,
  	"version_timing" varchar,
  	"version_responsible_unit" varchar,
  	"version__status" "enum__disclosure_list_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "social_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"platform" "enum_social_accounts_platform",
  	"name" varchar,
  	"url" varchar,
  	"created_by_id" integer,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "social_accounts_locales" (
  	"managing_unit" varchar,
  	"_status" "enum_social_accounts_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_social_accounts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_platform" "enum__social_accounts_v_version_platform",
  	"version_name" varchar,
  	"version_url" varchar,
  	"version_created_by_id" integer,
  	"version_sample_data" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__social_accounts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_social_accounts_v_locales" (
  	"version_managing_unit" varchar,
  	"version__status" "enum__social_accounts_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "visit_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"date" timestamp(3) with time zone NOT NULL,
  	"visits" numeric DEFAULT 0,
  	"page_views" numeric DEFAULT 0,
  	"visitors" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection_slug" varchar,
  	"doc_id" varchar,
  	"user_id" integer,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sites_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar NOT NULL,
  	"primary" boolean,
  	"registrar" varchar,
  	"expires_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "sites_licence_amendments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "sites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum_sites_level" NOT NULL,
  	"site_type" "enum_sites_site_type" DEFAULT 'internal' NOT NULL,
  	"hosted" boolean DEFAULT true,
  	"key" varchar,
  	"admin_unit_code" varchar,
  	"parent_id" integer,
  	"slug" varchar,
  	"responsible_person_name" varchar,
  	"contacts_phone" varchar,
  	"contacts_fax" varchar,
  	"contacts_email" varchar,
  	"licence_number" varchar,
  	"licence_issuer" varchar,
  	"licence_issued_on" timestamp(3) with time zone,
  	"licence_expires_on" timestamp(3) with time zone,
  	"security_level" numeric,
  	"editorial_board_decision_number" varchar,
  	"editorial_board_decision_date" timestamp(3) with time zone,
  	"operating_rules_number" varchar,
  	"operating_rules_date" timestamp(3) with time zone,
  	"emc_site_id" varchar,
  	"logo_id" integer,
  	"status" "enum_sites_status" DEFAULT 'active',
  	"merged_into_id" integer,
  	"valid_until" timestamp(3) with time zone,
  	"order" numeric DEFAULT 100,
  	"sample_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sites_locales" (
  	"name" varchar NOT NULL,
  	"short_name" varchar,
  	"governing_agency" varchar NOT NULL,
  	"responsible_person_position" varchar,
  	"contacts_address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_site_roles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"role" "enum_users_site_roles_role"
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"posts_id" integer,
  	"pages_id" integer,
  	"categories_id" integer,
  	"legal_documents_id" integer,
  	"units_id" integer,
  	"officials_id" integer,
  	"work_schedules_id" integer,
  	"feedback_id" integer,
  	"consultations_id" integer,
  	"plans_id" integer,
  	"procurement_id" integer,
  	"public_services_id" integer,
  	"disclosure_list_id" integer,
  	"social_accounts_id" integer,
  	"media_id" integer,
  	"visit_stats_id" integer,
  	"audit_log_id" integer,
  	"sites_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "posts" ADD CONSTRAINT "posts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_citation_permission_file_id_media_id_fk" FOREIGN KEY ("citation_permission_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_locales" ADD CONSTRAINT "posts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_parent_id_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_citation_permission_file_id_media_id_fk" FOREIGN KEY ("version_citation_permission_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_locales" ADD CONSTRAINT "_posts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_texts" ADD CONSTRAINT "pages_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_texts" ADD CONSTRAINT "_pages_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories_locales" ADD CONSTRAINT "categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories_texts" ADD CONSTRAINT "categories_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_categories_v" ADD CONSTRAINT "_categories_v_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_categories_v" ADD CONSTRAINT "_categories_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_categories_v" ADD CONSTRAINT "_categories_v_version_parent_id_categories_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_categories_v" ADD CONSTRAINT "_categories_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_categories_v_locales" ADD CONSTRAINT "_categories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_categories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_categories_v_texts" ADD CONSTRAINT "_categories_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_categories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_attachments" ADD CONSTRAINT "legal_documents_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_replaced_by_id_legal_documents_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_locales" ADD CONSTRAINT "legal_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_attachments" ADD CONSTRAINT "_legal_documents_v_version_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_parent_id_legal_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_replaced_by_id_legal_documents_id_fk" FOREIGN KEY ("version_replaced_by_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_locales" ADD CONSTRAINT "_legal_documents_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_parent_unit_id_units_id_fk" FOREIGN KEY ("parent_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_locales" ADD CONSTRAINT "units_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_units_v" ADD CONSTRAINT "_units_v_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_units_v" ADD CONSTRAINT "_units_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_units_v" ADD CONSTRAINT "_units_v_version_parent_unit_id_units_id_fk" FOREIGN KEY ("version_parent_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_units_v" ADD CONSTRAINT "_units_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_units_v_locales" ADD CONSTRAINT "_units_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_units_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "officials" ADD CONSTRAINT "officials_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "officials" ADD CONSTRAINT "officials_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "officials" ADD CONSTRAINT "officials_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "officials" ADD CONSTRAINT "officials_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "officials_locales" ADD CONSTRAINT "officials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."officials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_officials_v" ADD CONSTRAINT "_officials_v_parent_id_officials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."officials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_officials_v" ADD CONSTRAINT "_officials_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_officials_v" ADD CONSTRAINT "_officials_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_officials_v" ADD CONSTRAINT "_officials_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_officials_v" ADD CONSTRAINT "_officials_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_officials_v_locales" ADD CONSTRAINT "_officials_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_officials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_schedules_entries" ADD CONSTRAINT "work_schedules_entries_leader_id_officials_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."officials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_schedules_entries" ADD CONSTRAINT "work_schedules_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_schedules_entries_locales" ADD CONSTRAINT "work_schedules_entries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_schedules_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_schedules" ADD CONSTRAINT "work_schedules_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_schedules" ADD CONSTRAINT "work_schedules_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_schedules_locales" ADD CONSTRAINT "work_schedules_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_schedules_v_version_entries" ADD CONSTRAINT "_work_schedules_v_version_entries_leader_id_officials_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."officials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_schedules_v_version_entries" ADD CONSTRAINT "_work_schedules_v_version_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_work_schedules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_schedules_v_version_entries_locales" ADD CONSTRAINT "_work_schedules_v_version_entries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_work_schedules_v_version_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_schedules_v" ADD CONSTRAINT "_work_schedules_v_parent_id_work_schedules_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_schedules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_schedules_v" ADD CONSTRAINT "_work_schedules_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_schedules_v" ADD CONSTRAINT "_work_schedules_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_schedules_v_locales" ADD CONSTRAINT "_work_schedules_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_work_schedules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback_locales" ADD CONSTRAINT "feedback_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_v" ADD CONSTRAINT "_feedback_v_parent_id_feedback_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."feedback"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_feedback_v" ADD CONSTRAINT "_feedback_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_feedback_v" ADD CONSTRAINT "_feedback_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_feedback_v_locales" ADD CONSTRAINT "_feedback_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_feedback_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_comments" ADD CONSTRAINT "consultations_comments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations_locales" ADD CONSTRAINT "consultations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_rels" ADD CONSTRAINT "consultations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_rels" ADD CONSTRAINT "consultations_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_comments" ADD CONSTRAINT "_consultations_v_version_comments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_parent_id_consultations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v_locales" ADD CONSTRAINT "_consultations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_rels" ADD CONSTRAINT "_consultations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_rels" ADD CONSTRAINT "_consultations_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_locales" ADD CONSTRAINT "plans_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_parent_id_plans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_document_id_legal_documents_id_fk" FOREIGN KEY ("version_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v_locales" ADD CONSTRAINT "_plans_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_rels" ADD CONSTRAINT "_plans_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_rels" ADD CONSTRAINT "_plans_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement" ADD CONSTRAINT "procurement_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement" ADD CONSTRAINT "procurement_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_locales" ADD CONSTRAINT "procurement_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procurement"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_rels" ADD CONSTRAINT "procurement_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procurement"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_rels" ADD CONSTRAINT "procurement_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_v" ADD CONSTRAINT "_procurement_v_parent_id_procurement_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procurement"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_v" ADD CONSTRAINT "_procurement_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_v" ADD CONSTRAINT "_procurement_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_v_locales" ADD CONSTRAINT "_procurement_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procurement_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_v_rels" ADD CONSTRAINT "_procurement_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procurement_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_v_rels" ADD CONSTRAINT "_procurement_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "public_services" ADD CONSTRAINT "public_services_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_services" ADD CONSTRAINT "public_services_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_services_locales" ADD CONSTRAINT "public_services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."public_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_public_services_v" ADD CONSTRAINT "_public_services_v_parent_id_public_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."public_services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_services_v" ADD CONSTRAINT "_public_services_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_services_v" ADD CONSTRAINT "_public_services_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_services_v_locales" ADD CONSTRAINT "_public_services_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_public_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_list" ADD CONSTRAINT "disclosure_list_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_list" ADD CONSTRAINT "disclosure_list_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_list_locales" ADD CONSTRAINT "disclosure_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosure_list_v" ADD CONSTRAINT "_disclosure_list_v_parent_id_disclosure_list_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_list"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosure_list_v" ADD CONSTRAINT "_disclosure_list_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosure_list_v" ADD CONSTRAINT "_disclosure_list_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosure_list_v_locales" ADD CONSTRAINT "_disclosure_list_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclosure_list_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "social_accounts" ADD CONSTRAINT "social_accounts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_accounts" ADD CONSTRAINT "social_accounts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_accounts_locales" ADD CONSTRAINT "social_accounts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_social_accounts_v" ADD CONSTRAINT "_social_accounts_v_parent_id_social_accounts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."social_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_social_accounts_v" ADD CONSTRAINT "_social_accounts_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_social_accounts_v" ADD CONSTRAINT "_social_accounts_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_social_accounts_v_locales" ADD CONSTRAINT "_social_accounts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_social_accounts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visit_stats" ADD CONSTRAINT "visit_stats_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites_domains" ADD CONSTRAINT "sites_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites_licence_amendments" ADD CONSTRAINT "sites_licence_amendments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_parent_id_sites_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_merged_into_id_sites_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites_locales" ADD CONSTRAINT "sites_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_site_roles" ADD CONSTRAINT "users_site_roles_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_site_roles" ADD CONSTRAINT "users_site_roles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_officials_fk" FOREIGN KEY ("officials_id") REFERENCES "public"."officials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_schedules_fk" FOREIGN KEY ("work_schedules_id") REFERENCES "public"."work_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procurement_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurement"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_services_fk" FOREIGN KEY ("public_services_id") REFERENCES "public"."public_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_list_fk" FOREIGN KEY ("disclosure_list_id") REFERENCES "public"."disclosure_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_social_accounts_fk" FOREIGN KEY ("social_accounts_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_stats_fk" FOREIGN KEY ("visit_stats_id") REFERENCES "public"."visit_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_site_idx" ON "posts" USING btree ("site_id");
  CREATE INDEX "posts_slug_idx" ON "posts" USING btree ("slug");
  CREATE INDEX "posts_hero_image_idx" ON "posts" USING btree ("hero_image_id");
  CREATE INDEX "posts_citation_permission_citation_permission_file_idx" ON "posts" USING btree ("citation_permission_file_id");
  CREATE INDEX "posts_created_by_idx" ON "posts" USING btree ("created_by_id");
  CREATE INDEX "posts_updated_at_idx" ON "posts" USING btree ("updated_at");
  CREATE INDEX "posts_created_at_idx" ON "posts" USING btree ("created_at");
  CREATE INDEX "posts__status_idx" ON "posts_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "posts_locales_locale_parent_id_unique" ON "posts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "posts_rels_order_idx" ON "posts_rels" USING btree ("order");
  CREATE INDEX "posts_rels_parent_idx" ON "posts_rels" USING btree ("parent_id");
  CREATE INDEX "posts_rels_path_idx" ON "posts_rels" USING btree ("path");
  CREATE INDEX "posts_rels_categories_id_idx" ON "posts_rels" USING btree ("categories_id");
  CREATE INDEX "_posts_v_parent_idx" ON "_posts_v" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_version_site_idx" ON "_posts_v" USING btree ("version_site_id");
  CREATE INDEX "_posts_v_version_version_slug_idx" ON "_posts_v" USING btree ("version_slug");
  CREATE INDEX "_posts_v_version_version_hero_image_idx" ON "_posts_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_posts_v_version_citation_permission_version_citation_pe_idx" ON "_posts_v" USING btree ("version_citation_permission_file_id");
  CREATE INDEX "_posts_v_version_version_created_by_idx" ON "_posts_v" USING btree ("version_created_by_id");
  CREATE INDEX "_posts_v_version_version_updated_at_idx" ON "_posts_v" USING btree ("version_updated_at");
  CREATE INDEX "_posts_v_version_version_created_at_idx" ON "_posts_v" USING btree ("version_created_at");
  CREATE INDEX "_posts_v_created_at_idx" ON "_posts_v" USING btree ("created_at");
  CREATE INDEX "_posts_v_updated_at_idx" ON "_posts_v" USING btree ("updated_at");
  CREATE INDEX "_posts_v_snapshot_idx" ON "_posts_v" USING btree ("snapshot");
  CREATE INDEX "_posts_v_published_locale_idx" ON "_posts_v" USING btree ("published_locale");
  CREATE INDEX "_posts_v_latest_idx" ON "_posts_v" USING btree ("latest");
  CREATE INDEX "_posts_v_version_version__status_idx" ON "_posts_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_posts_v_locales_locale_parent_id_unique" ON "_posts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_posts_v_rels_order_idx" ON "_posts_v_rels" USING btree ("order");
  CREATE INDEX "_posts_v_rels_parent_idx" ON "_posts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_posts_v_rels_path_idx" ON "_posts_v_rels" USING btree ("path");
  CREATE INDEX "_posts_v_rels_categories_id_idx" ON "_posts_v_rels" USING btree ("categories_id");
  CREATE INDEX "pages_site_idx" ON "pages" USING btree ("site_id");
  CREATE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_section_idx" ON "pages" USING btree ("section");
  CREATE INDEX "pages_image_idx" ON "pages" USING btree ("image_id");
  CREATE INDEX "pages_created_by_idx" ON "pages" USING btree ("created_by_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_texts_order_parent" ON "pages_texts" USING btree ("order","parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_site_idx" ON "_pages_v" USING btree ("version_site_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_section_idx" ON "_pages_v" USING btree ("version_section");
  CREATE INDEX "_pages_v_version_version_image_idx" ON "_pages_v" USING btree ("version_image_id");
  CREATE INDEX "_pages_v_version_version_created_by_idx" ON "_pages_v" USING btree ("version_created_by_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_texts_order_parent" ON "_pages_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "categories_site_idx" ON "categories" USING btree ("site_id");
  CREATE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");
  CREATE INDEX "categories_created_by_idx" ON "categories" USING btree ("created_by_id");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE INDEX "categories__status_idx" ON "categories_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "categories_locales_locale_parent_id_unique" ON "categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "categories_texts_order_parent" ON "categories_texts" USING btree ("order","parent_id");
  CREATE INDEX "_categories_v_parent_idx" ON "_categories_v" USING btree ("parent_id");
  CREATE INDEX "_categories_v_version_version_site_idx" ON "_categories_v" USING btree ("version_site_id");
  CREATE INDEX "_categories_v_version_version_slug_idx" ON "_categories_v" USING btree ("version_slug");
  CREATE INDEX "_categories_v_version_version_parent_idx" ON "_categories_v" USING btree ("version_parent_id");
  CREATE INDEX "_categories_v_version_version_created_by_idx" ON "_categories_v" USING btree ("version_created_by_id");
  CREATE INDEX "_categories_v_version_version_updated_at_idx" ON "_categories_v" USING btree ("version_updated_at");
  CREATE INDEX "_categories_v_version_version_created_at_idx" ON "_categories_v" USING btree ("version_created_at");
  CREATE INDEX "_categories_v_created_at_idx" ON "_categories_v" USING btree ("created_at");
  CREATE INDEX "_categories_v_updated_at_idx" ON "_categories_v" USING btree ("updated_at");
  CREATE INDEX "_categories_v_snapshot_idx" ON "_categories_v" USING btree ("snapshot");
  CREATE INDEX "_categories_v_published_locale_idx" ON "_categories_v" USING btree ("published_locale");
  CREATE INDEX "_categories_v_latest_idx" ON "_categories_v" USING btree ("latest");
  CREATE INDEX "_categories_v_version_version__status_idx" ON "_categories_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_categories_v_locales_locale_parent_id_unique" ON "_categories_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_categories_v_texts_order_parent" ON "_categories_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "legal_documents_attachments_order_idx" ON "legal_documents_attachments" USING btree ("_order");
  CREATE INDEX "legal_documents_attachments_parent_id_idx" ON "legal_documents_attachments" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_site_idx" ON "legal_documents" USING btree ("site_id");
  CREATE INDEX "legal_documents_document_number_key_idx" ON "legal_documents" USING btree ("document_number_key");
  CREATE INDEX "legal_documents_issuer_key_idx" ON "legal_documents" USING btree ("issuer_key");
  CREATE INDEX "legal_documents_issued_on_idx" ON "legal_documents" USING btree ("issued_on");
  CREATE INDEX "legal_documents_replaced_by_idx" ON "legal_documents" USING btree ("replaced_by_id");
  CREATE INDEX "legal_documents_import_key_idx" ON "legal_documents" USING btree ("import_key");
  CREATE INDEX "legal_documents_created_by_idx" ON "legal_documents" USING btree ("created_by_id");
  CREATE INDEX "legal_documents_updated_at_idx" ON "legal_documents" USING btree ("updated_at");
  CREATE INDEX "legal_documents_created_at_idx" ON "legal_documents" USING btree ("created_at");
  CREATE INDEX "legal_documents__status_idx" ON "legal_documents_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "legal_documents_locales_locale_parent_id_unique" ON "legal_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "legal_documents_rels_order_idx" ON "legal_documents_rels" USING btree ("order");
  CREATE INDEX "legal_documents_rels_parent_idx" ON "legal_documents_rels" USING btree ("parent_id");
  CREATE INDEX "legal_documents_rels_path_idx" ON "legal_documents_rels" USING btree ("path");
  CREATE INDEX "legal_documents_rels_legal_documents_id_idx" ON "legal_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "legal_documents_rels_media_id_idx" ON "legal_documents_rels" USING btree ("media_id");
  CREATE INDEX "_legal_documents_v_version_attachments_order_idx" ON "_legal_documents_v_version_attachments" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_attachments_parent_id_idx" ON "_legal_documents_v_version_attachments" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_parent_idx" ON "_legal_documents_v" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_version_version_site_idx" ON "_legal_documents_v" USING btree ("version_site_id");
  CREATE INDEX "_legal_documents_v_version_version_document_number_key_idx" ON "_legal_documents_v" USING btree ("version_document_number_key");
  CREATE INDEX "_legal_documents_v_version_version_issuer_key_idx" ON "_legal_documents_v" USING btree ("version_issuer_key");
  CREATE INDEX "_legal_documents_v_version_version_issued_on_idx" ON "_legal_documents_v" USING btree ("version_issued_on");
  CREATE INDEX "_legal_documents_v_version_version_replaced_by_idx" ON "_legal_documents_v" USING btree ("version_replaced_by_id");
  CREATE INDEX "_legal_documents_v_version_version_import_key_idx" ON "_legal_documents_v" USING btree ("version_import_key");
  CREATE INDEX "_legal_documents_v_version_version_created_by_idx" ON "_legal_documents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_legal_documents_v_version_version_updated_at_idx" ON "_legal_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_legal_documents_v_version_version_created_at_idx" ON "_legal_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_legal_documents_v_created_at_idx" ON "_legal_documents_v" USING btree ("created_at");
  CREATE INDEX "_legal_documents_v_updated_at_idx" ON "_legal_documents_v" USING btree ("updated_at");
  CREATE INDEX "_legal_documents_v_snapshot_idx" ON "_legal_documents_v" USING btree ("snapshot");
  CREATE INDEX "_legal_documents_v_published_locale_idx" ON "_legal_documents_v" USING btree ("published_locale");
  CREATE INDEX "_legal_documents_v_latest_idx" ON "_legal_documents_v" USING btree ("latest");
  CREATE INDEX "_legal_documents_v_version_version__status_idx" ON "_legal_documents_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_legal_documents_v_locales_locale_parent_id_unique" ON "_legal_documents_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_legal_documents_v_rels_order_idx" ON "_legal_documents_v_rels" USING btree ("order");
  CREATE INDEX "_legal_documents_v_rels_parent_idx" ON "_legal_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_rels_path_idx" ON "_legal_documents_v_rels" USING btree ("path");
  CREATE INDEX "_legal_documents_v_rels_legal_documents_id_idx" ON "_legal_documents_v_rels" USING btree ("legal_documents_id");
  CREATE INDEX "_legal_documents_v_rels_media_id_idx" ON "_legal_documents_v_rels" USING btree ("media_id");
  CREATE INDEX "units_site_idx" ON "units" USING btree ("site_id");
  CREATE INDEX "units_parent_unit_idx" ON "units" USING btree ("parent_unit_id");
  CREATE INDEX "units_created_by_idx" ON "units" USING btree ("created_by_id");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE INDEX "units__status_idx" ON "units_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "units_locales_locale_parent_id_unique" ON "units_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_units_v_parent_idx" ON "_units_v" USING btree ("parent_id");
  CREATE INDEX "_units_v_version_version_site_idx" ON "_units_v" USING btree ("version_site_id");
  CREATE INDEX "_units_v_version_version_parent_unit_idx" ON "_units_v" USING btree ("version_parent_unit_id");
  CREATE INDEX "_units_v_version_version_created_by_idx" ON "_units_v" USING btree ("version_created_by_id");
  CREATE INDEX "_units_v_version_version_updated_at_idx" ON "_units_v" USING btree ("version_updated_at");
  CREATE INDEX "_units_v_version_version_created_at_idx" ON "_units_v" USING btree ("version_created_at");
  CREATE INDEX "_units_v_created_at_idx" ON "_units_v" USING btree ("created_at");
  CREATE INDEX "_units_v_updated_at_idx" ON "_units_v" USING btree ("updated_at");
  CREATE INDEX "_units_v_snapshot_idx" ON "_units_v" USING btree ("snapshot");
  CREATE INDEX "_units_v_published_locale_idx" ON "_units_v" USING btree ("published_locale");
  CREATE INDEX "_units_v_latest_idx" ON "_units_v" USING btree ("latest");
  CREATE INDEX "_units_v_version_version__status_idx" ON "_units_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_units_v_locales_locale_parent_id_unique" ON "_units_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "officials_site_idx" ON "officials" USING btree ("site_id");
  CREATE INDEX "officials_unit_idx" ON "officials" USING btree ("unit_id");
  CREATE INDEX "officials_photo_idx" ON "officials" USING btree ("photo_id");
  CREATE INDEX "officials_created_by_idx" ON "officials" USING btree ("created_by_id");
  CREATE INDEX "officials_updated_at_idx" ON "officials" USING btree ("updated_at");
  CREATE INDEX "officials_created_at_idx" ON "officials" USING btree ("created_at");
  CREATE INDEX "officials__status_idx" ON "officials_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "officials_locales_locale_parent_id_unique" ON "officials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_officials_v_parent_idx" ON "_officials_v" USING btree ("parent_id");
  CREATE INDEX "_officials_v_version_version_site_idx" ON "_officials_v" USING btree ("version_site_id");
  CREATE INDEX "_officials_v_version_version_unit_idx" ON "_officials_v" USING btree ("version_unit_id");
  CREATE INDEX "_officials_v_version_version_photo_idx" ON "_officials_v" USING btree ("version_photo_id");
  CREATE INDEX "_officials_v_version_version_created_by_idx" ON "_officials_v" USING btree ("version_created_by_id");
  CREATE INDEX "_officials_v_version_version_updated_at_idx" ON "_officials_v" USING btree ("version_updated_at");
  CREATE INDEX "_officials_v_version_version_created_at_idx" ON "_officials_v" USING btree ("version_created_at");
  CREATE INDEX "_officials_v_created_at_idx" ON "_officials_v" USING btree ("created_at");
  CREATE INDEX "_officials_v_updated_at_idx" ON "_officials_v" USING btree ("updated_at");
  CREATE INDEX "_officials_v_snapshot_idx" ON "_officials_v" USING btree ("snapshot");
  CREATE INDEX "_officials_v_published_locale_idx" ON "_officials_v" USING btree ("published_locale");
  CREATE INDEX "_officials_v_latest_idx" ON "_officials_v" USING btree ("latest");
  CREATE INDEX "_officials_v_version_version__status_idx" ON "_officials_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_officials_v_locales_locale_parent_id_unique" ON "_officials_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "work_schedules_entries_order_idx" ON "work_schedules_entries" USING btree ("_order");
  CREATE INDEX "work_schedules_entries_parent_id_idx" ON "work_schedules_entries" USING btree ("_parent_id");
  CREATE INDEX "work_schedules_entries_leader_idx" ON "work_schedules_entries" USING btree ("leader_id");
  CREATE UNIQUE INDEX "work_schedules_entries_locales_locale_parent_id_unique" ON "work_schedules_entries_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "work_schedules_site_idx" ON "work_schedules" USING btree ("site_id");
  CREATE INDEX "work_schedules_created_by_idx" ON "work_schedules" USING btree ("created_by_id");
  CREATE INDEX "work_schedules_updated_at_idx" ON "work_schedules" USING btree ("updated_at");
  CREATE INDEX "work_schedules_created_at_idx" ON "work_schedules" USING btree ("created_at");
  CREATE INDEX "work_schedules__status_idx" ON "work_schedules_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "work_schedules_locales_locale_parent_id_unique" ON "work_schedules_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_work_schedules_v_version_entries_order_idx" ON "_work_schedules_v_version_entries" USING btree ("_order");
  CREATE INDEX "_work_schedules_v_version_entries_parent_id_idx" ON "_work_schedules_v_version_entries" USING btree ("_parent_id");
  CREATE INDEX "_work_schedules_v_version_entries_leader_idx" ON "_work_schedules_v_version_entries" USING btree ("leader_id");
  CREATE UNIQUE INDEX "_work_schedules_v_version_entries_locales_locale_parent_id_u" ON "_work_schedules_v_version_entries_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_work_schedules_v_parent_idx" ON "_work_schedules_v" USING btree ("parent_id");
  CREATE INDEX "_work_schedules_v_version_version_site_idx" ON "_work_schedules_v" USING btree ("version_site_id");
  CREATE INDEX "_work_schedules_v_version_version_created_by_idx" ON "_work_schedules_v" USING btree ("version_created_by_id");
  CREATE INDEX "_work_schedules_v_version_version_updated_at_idx" ON "_work_schedules_v" USING btree ("version_updated_at");
  CREATE INDEX "_work_schedules_v_version_version_created_at_idx" ON "_work_schedules_v" USING btree ("version_created_at");
  CREATE INDEX "_work_schedules_v_created_at_idx" ON "_work_schedules_v" USING btree ("created_at");
  CREATE INDEX "_work_schedules_v_updated_at_idx" ON "_work_schedules_v" USING btree ("updated_at");
  CREATE INDEX "_work_schedules_v_snapshot_idx" ON "_work_schedules_v" USING btree ("snapshot");
  CREATE INDEX "_work_schedules_v_published_locale_idx" ON "_work_schedules_v" USING btree ("published_locale");
  CREATE INDEX "_work_schedules_v_latest_idx" ON "_work_schedules_v" USING btree ("latest");
  CREATE INDEX "_work_schedules_v_version_version__status_idx" ON "_work_schedules_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_work_schedules_v_locales_locale_parent_id_unique" ON "_work_schedules_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "feedback_site_idx" ON "feedback" USING btree ("site_id");
  CREATE INDEX "feedback_created_by_idx" ON "feedback" USING btree ("created_by_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "feedback__status_idx" ON "feedback_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "feedback_locales_locale_parent_id_unique" ON "feedback_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_feedback_v_parent_idx" ON "_feedback_v" USING btree ("parent_id");
  CREATE INDEX "_feedback_v_version_version_site_idx" ON "_feedback_v" USING btree ("version_site_id");
  CREATE INDEX "_feedback_v_version_version_created_by_idx" ON "_feedback_v" USING btree ("version_created_by_id");
  CREATE INDEX "_feedback_v_version_version_updated_at_idx" ON "_feedback_v" USING btree ("version_updated_at");
  CREATE INDEX "_feedback_v_version_version_created_at_idx" ON "_feedback_v" USING btree ("version_created_at");
  CREATE INDEX "_feedback_v_created_at_idx" ON "_feedback_v" USING btree ("created_at");
  CREATE INDEX "_feedback_v_updated_at_idx" ON "_feedback_v" USING btree ("updated_at");
  CREATE INDEX "_feedback_v_snapshot_idx" ON "_feedback_v" USING btree ("snapshot");
  CREATE INDEX "_feedback_v_published_locale_idx" ON "_feedback_v" USING btree ("published_locale");
  CREATE INDEX "_feedback_v_latest_idx" ON "_feedback_v" USING btree ("latest");
  CREATE INDEX "_feedback_v_version_version__status_idx" ON "_feedback_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_feedback_v_locales_locale_parent_id_unique" ON "_feedback_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "consultations_comments_order_idx" ON "consultations_comments" USING btree ("_order");
  CREATE INDEX "consultations_comments_parent_id_idx" ON "consultations_comments" USING btree ("_parent_id");
  CREATE INDEX "consultations_site_idx" ON "consultations" USING btree ("site_id");
  CREATE INDEX "consultations_created_by_idx" ON "consultations" USING btree ("created_by_id");
  CREATE INDEX "consultations_updated_at_idx" ON "consultations" USING btree ("updated_at");
  CREATE INDEX "consultations_created_at_idx" ON "consultations" USING btree ("created_at");
  CREATE INDEX "consultations__status_idx" ON "consultations_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "consultations_locales_locale_parent_id_unique" ON "consultations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "consultations_rels_order_idx" ON "consultations_rels" USING btree ("order");
  CREATE INDEX "consultations_rels_parent_idx" ON "consultations_rels" USING btree ("parent_id");
  CREATE INDEX "consultations_rels_path_idx" ON "consultations_rels" USING btree ("path");
  CREATE INDEX "consultations_rels_media_id_idx" ON "consultations_rels" USING btree ("media_id");
  CREATE INDEX "_consultations_v_version_comments_order_idx" ON "_consultations_v_version_comments" USING btree ("_order");
  CREATE INDEX "_consultations_v_version_comments_parent_id_idx" ON "_consultations_v_version_comments" USING btree ("_parent_id");
  CREATE INDEX "_consultations_v_parent_idx" ON "_consultations_v" USING btree ("parent_id");
  CREATE INDEX "_consultations_v_version_version_site_idx" ON "_consultations_v" USING btree ("version_site_id");
  CREATE INDEX "_consultations_v_version_version_created_by_idx" ON "_consultations_v" USING btree ("version_created_by_id");
  CREATE INDEX "_consultations_v_version_version_updated_at_idx" ON "_consultations_v" USING btree ("version_updated_at");
  CREATE INDEX "_consultations_v_version_version_created_at_idx" ON "_consultations_v" USING btree ("version_created_at");
  CREATE INDEX "_consultations_v_created_at_idx" ON "_consultations_v" USING btree ("created_at");
  CREATE INDEX "_consultations_v_updated_at_idx" ON "_consultations_v" USING btree ("updated_at");
  CREATE INDEX "_consultations_v_snapshot_idx" ON "_consultations_v" USING btree ("snapshot");
  CREATE INDEX "_consultations_v_published_locale_idx" ON "_consultations_v" USING btree ("published_locale");
  CREATE INDEX "_consultations_v_latest_idx" ON "_consultations_v" USING btree ("latest");
  CREATE INDEX "_consultations_v_version_version__status_idx" ON "_consultations_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_consultations_v_locales_locale_parent_id_unique" ON "_consultations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_consultations_v_rels_order_idx" ON "_consultations_v_rels" USING btree ("order");
  CREATE INDEX "_consultations_v_rels_parent_idx" ON "_consultations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_consultations_v_rels_path_idx" ON "_consultations_v_rels" USING btree ("path");
  CREATE INDEX "_consultations_v_rels_media_id_idx" ON "_consultations_v_rels" USING btree ("media_id");
  CREATE INDEX "plans_site_idx" ON "plans" USING btree ("site_id");
  CREATE INDEX "plans_document_idx" ON "plans" USING btree ("document_id");
  CREATE INDEX "plans_created_by_idx" ON "plans" USING btree ("created_by_id");
  CREATE INDEX "plans_updated_at_idx" ON "plans" USING btree ("updated_at");
  CREATE INDEX "plans_created_at_idx" ON "plans" USING btree ("created_at");
  CREATE INDEX "plans__status_idx" ON "plans_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "plans_locales_locale_parent_id_unique" ON "plans_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "plans_rels_order_idx" ON "plans_rels" USING btree ("order");
  CREATE INDEX "plans_rels_parent_idx" ON "plans_rels" USING btree ("parent_id");
  CREATE INDEX "plans_rels_path_idx" ON "plans_rels" USING btree ("path");
  CREATE INDEX "plans_rels_media_id_idx" ON "plans_rels" USING btree ("media_id");
  CREATE INDEX "_plans_v_parent_idx" ON "_plans_v" USING btree ("parent_id");
  CREATE INDEX "_plans_v_version_version_site_idx" ON "_plans_v" USING btree ("version_site_id");
  CREATE INDEX "_plans_v_version_version_document_idx" ON "_plans_v" USING btree ("version_document_id");
  CREATE INDEX "_plans_v_version_version_created_by_idx" ON "_plans_v" USING btree ("version_created_by_id");
  CREATE INDEX "_plans_v_version_version_updated_at_idx" ON "_plans_v" USING btree ("version_updated_at");
  CREATE INDEX "_plans_v_version_version_created_at_idx" ON "_plans_v" USING btree ("version_created_at");
  CREATE INDEX "_plans_v_created_at_idx" ON "_plans_v" USING btree ("created_at");
  CREATE INDEX "_plans_v_updated_at_idx" ON "_plans_v" USING btree ("updated_at");
  CREATE INDEX "_plans_v_snapshot_idx" ON "_plans_v" USING btree ("snapshot");
  CREATE INDEX "_plans_v_published_locale_idx" ON "_plans_v" USING btree ("published_locale");
  CREATE INDEX "_plans_v_latest_idx" ON "_plans_v" USING btree ("latest");
  CREATE INDEX "_plans_v_version_version__status_idx" ON "_plans_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_plans_v_locales_locale_parent_id_unique" ON "_plans_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_plans_v_rels_order_idx" ON "_plans_v_rels" USING btree ("order");
  CREATE INDEX "_plans_v_rels_parent_idx" ON "_plans_v_rels" USING btree ("parent_id");
  CREATE INDEX "_plans_v_rels_path_idx" ON "_plans_v_rels" USING btree ("path");
  CREATE INDEX "_plans_v_rels_media_id_idx" ON "_plans_v_rels" USING btree ("media_id");
  CREATE INDEX "procurement_site_idx" ON "procurement" USING btree ("site_id");
  CREATE INDEX "procurement_created_by_idx" ON "procurement" USING btree ("created_by_id");
  CREATE INDEX "procurement_updated_at_idx" ON "procurement" USING btree ("updated_at");
  CREATE INDEX "procurement_created_at_idx" ON "procurement" USING btree ("created_at");
  CREATE INDEX "procurement__status_idx" ON "procurement_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "procurement_locales_locale_parent_id_unique" ON "procurement_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procurement_rels_order_idx" ON "procurement_rels" USING btree ("order");
  CREATE INDEX "procurement_rels_parent_idx" ON "procurement_rels" USING btree ("parent_id");
  CREATE INDEX "procurement_rels_path_idx" ON "procurement_rels" USING btree ("path");
  CREATE INDEX "procurement_rels_media_id_idx" ON "procurement_rels" USING btree ("media_id");
  CREATE INDEX "_procurement_v_parent_idx" ON "_procurement_v" USING btree ("parent_id");
  CREATE INDEX "_procurement_v_version_version_site_idx" ON "_procurement_v" USING btree ("version_site_id");
  CREATE INDEX "_procurement_v_version_version_created_by_idx" ON "_procurement_v" USING btree ("version_created_by_id");
  CREATE INDEX "_procurement_v_version_version_updated_at_idx" ON "_procurement_v" USING btree ("version_updated_at");
  CREATE INDEX "_procurement_v_version_version_created_at_idx" ON "_procurement_v" USING btree ("version_created_at");
  CREATE INDEX "_procurement_v_created_at_idx" ON "_procurement_v" USING btree ("created_at");
  CREATE INDEX "_procurement_v_updated_at_idx" ON "_procurement_v" USING btree ("updated_at");
  CREATE INDEX "_procurement_v_snapshot_idx" ON "_procurement_v" USING btree ("snapshot");
  CREATE INDEX "_procurement_v_published_locale_idx" ON "_procurement_v" USING btree ("published_locale");
  CREATE INDEX "_procurement_v_latest_idx" ON "_procurement_v" USING btree ("latest");
  CREATE INDEX "_procurement_v_version_version__status_idx" ON "_procurement_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_procurement_v_locales_locale_parent_id_unique" ON "_procurement_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procurement_v_rels_order_idx" ON "_procurement_v_rels" USING btree ("order");
  CREATE INDEX "_procurement_v_rels_parent_idx" ON "_procurement_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procurement_v_rels_path_idx" ON "_procurement_v_rels" USING btree ("path");
  CREATE INDEX "_procurement_v_rels_media_id_idx" ON "_procurement_v_rels" USING btree ("media_id");
  CREATE INDEX "public_services_site_idx" ON "public_services" USING btree ("site_id");
  CREATE INDEX "public_services_created_by_idx" ON "public_services" USING btree ("created_by_id");
  CREATE INDEX "public_services_updated_at_idx" ON "public_services" USING btree ("updated_at");
  CREATE INDEX "public_services_created_at_idx" ON "public_services" USING btree ("created_at");
  CREATE INDEX "public_services__status_idx" ON "public_services_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "public_services_locales_locale_parent_id_unique" ON "public_services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_public_services_v_parent_idx" ON "_public_services_v" USING btree ("parent_id");
  CREATE INDEX "_public_services_v_version_version_site_idx" ON "_public_services_v" USING btree ("version_site_id");
  CREATE INDEX "_public_services_v_version_version_created_by_idx" ON "_public_services_v" USING btree ("version_created_by_id");
  CREATE INDEX "_public_services_v_version_version_updated_at_idx" ON "_public_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_public_services_v_version_version_created_at_idx" ON "_public_services_v" USING btree ("version_created_at");
  CREATE INDEX "_public_services_v_created_at_idx" ON "_public_services_v" USING btree ("created_at");
  CREATE INDEX "_public_services_v_updated_at_idx" ON "_public_services_v" USING btree ("updated_at");
  CREATE INDEX "_public_services_v_snapshot_idx" ON "_public_services_v" USING btree ("snapshot");
  CREATE INDEX "_public_services_v_published_locale_idx" ON "_public_services_v" USING btree ("published_locale");
  CREATE INDEX "_public_services_v_latest_idx" ON "_public_services_v" USING btree ("latest");
  CREATE INDEX "_public_services_v_version_version__status_idx" ON "_public_services_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_public_services_v_locales_locale_parent_id_unique" ON "_public_services_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "disclosure_list_site_idx" ON "disclosure_list" USING btree ("site_id");
  CREATE INDEX "disclosure_list_created_by_idx" ON "disclosure_list" USING btree ("created_by_id");
  CREATE INDEX "disclosure_list_updated_at_idx" ON "disclosure_list" USING btree ("updated_at");
  CREATE INDEX "disclosure_list_created_at_idx" ON "disclosure_list" USING btree ("created_at");
  CREATE INDEX "disclosure_list__status_idx" ON "disclosure_list_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "disclosure_list_locales_locale_parent_id_unique" ON "disclosure_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_disclosure_list_v_parent_idx" ON "_disclosure_list_v" USING btree ("parent_id");
  CREATE INDEX "_disclosure_list_v_version_version_site_idx" ON "_disclosure_list_v" USING btree ("version_site_id");
  CREATE INDEX "_disclosure_list_v_version_version_created_by_idx" ON "_disclosure_list_v" USING btree ("version_created_by_id");
  CREATE INDEX "_disclosure_list_v_version_version_updated_at_idx" ON "_disclosure_list_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclosure_list_v_version_version_created_at_idx" ON "_disclosure_list_v" USING btree ("version_created_at");
  CREATE INDEX "_disclosure_list_v_created_at_idx" ON "_disclosure_list_v" USING btree ("created_at");
  CREATE INDEX "_disclosure_list_v_updated_at_idx" ON "_disclosure_list_v" USING btree ("updated_at");
  CREATE INDEX "_disclosure_list_v_snapshot_idx" ON "_disclosure_list_v" USING btree ("snapshot");
  CREATE INDEX "_disclosure_list_v_published_locale_idx" ON "_disclosure_list_v" USING btree ("published_locale");
  CREATE INDEX "_disclosure_list_v_latest_idx" ON "_disclosure_list_v" USING btree ("latest");
  CREATE INDEX "_disclosure_list_v_version_version__status_idx" ON "_disclosure_list_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_disclosure_list_v_locales_locale_parent_id_unique" ON "_disclosure_list_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "social_accounts_site_idx" ON "social_accounts" USING btree ("site_id");
  CREATE INDEX "social_accounts_created_by_idx" ON "social_accounts" USING btree ("created_by_id");
  CREATE INDEX "social_accounts_updated_at_idx" ON "social_accounts" USING btree ("updated_at");
  CREATE INDEX "social_accounts_created_at_idx" ON "social_accounts" USING btree ("created_at");
  CREATE INDEX "social_accounts__status_idx" ON "social_accounts_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "social_accounts_locales_locale_parent_id_unique" ON "social_accounts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_social_accounts_v_parent_idx" ON "_social_accounts_v" USING btree ("parent_id");
  CREATE INDEX "_social_accounts_v_version_version_site_idx" ON "_social_accounts_v" USING btree ("version_site_id");
  CREATE INDEX "_social_accounts_v_version_version_created_by_idx" ON "_social_accounts_v" USING btree ("version_created_by_id");
  CREATE INDEX "_social_accounts_v_version_version_updated_at_idx" ON "_social_accounts_v" USING btree ("version_updated_at");
  CREATE INDEX "_social_accounts_v_version_version_created_at_idx" ON "_social_accounts_v" USING btree ("version_created_at");
  CREATE INDEX "_social_accounts_v_created_at_idx" ON "_social_accounts_v" USING btree ("created_at");
  CREATE INDEX "_social_accounts_v_updated_at_idx" ON "_social_accounts_v" USING btree ("updated_at");
  CREATE INDEX "_social_accounts_v_snapshot_idx" ON "_social_accounts_v" USING btree ("snapshot");
  CREATE INDEX "_social_accounts_v_published_locale_idx" ON "_social_accounts_v" USING btree ("published_locale");
  CREATE INDEX "_social_accounts_v_latest_idx" ON "_social_accounts_v" USING btree ("latest");
  CREATE INDEX "_social_accounts_v_version_version__status_idx" ON "_social_accounts_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_social_accounts_v_locales_locale_parent_id_unique" ON "_social_accounts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_site_idx" ON "media" USING btree ("site_id");
  CREATE INDEX "media_created_by_idx" ON "media" USING btree ("created_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "visit_stats_site_idx" ON "visit_stats" USING btree ("site_id");
  CREATE INDEX "visit_stats_date_idx" ON "visit_stats" USING btree ("date");
  CREATE INDEX "visit_stats_updated_at_idx" ON "visit_stats" USING btree ("updated_at");
  CREATE INDEX "visit_stats_created_at_idx" ON "visit_stats" USING btree ("created_at");
  CREATE INDEX "audit_log_site_idx" ON "audit_log" USING btree ("site_id");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "sites_domains_order_idx" ON "sites_domains" USING btree ("_order");
  CREATE INDEX "sites_domains_parent_id_idx" ON "sites_domains" USING btree ("_parent_id");
  CREATE INDEX "sites_licence_amendments_order_idx" ON "sites_licence_amendments" USING btree ("_order");
  CREATE INDEX "sites_licence_amendments_parent_id_idx" ON "sites_licence_amendments" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sites_key_idx" ON "sites" USING btree ("key");
  CREATE INDEX "sites_admin_unit_code_idx" ON "sites" USING btree ("admin_unit_code");
  CREATE INDEX "sites_parent_idx" ON "sites" USING btree ("parent_id");
  CREATE UNIQUE INDEX "sites_slug_idx" ON "sites" USING btree ("slug");
  CREATE INDEX "sites_logo_idx" ON "sites" USING btree ("logo_id");
  CREATE INDEX "sites_merged_into_idx" ON "sites" USING btree ("merged_into_id");
  CREATE INDEX "sites_updated_at_idx" ON "sites" USING btree ("updated_at");
  CREATE INDEX "sites_created_at_idx" ON "sites" USING btree ("created_at");
  CREATE UNIQUE INDEX "sites_locales_locale_parent_id_unique" ON "sites_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_site_roles_order_idx" ON "users_site_roles" USING btree ("_order");
  CREATE INDEX "users_site_roles_parent_id_idx" ON "users_site_roles" USING btree ("_parent_id");
  CREATE INDEX "users_site_roles_site_idx" ON "users_site_roles" USING btree ("site_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("posts_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_legal_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_officials_id_idx" ON "payload_locked_documents_rels" USING btree ("officials_id");
  CREATE INDEX "payload_locked_documents_rels_work_schedules_id_idx" ON "payload_locked_documents_rels" USING btree ("work_schedules_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_consultations_id_idx" ON "payload_locked_documents_rels" USING btree ("consultations_id");
  CREATE INDEX "payload_locked_documents_rels_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("plans_id");
  CREATE INDEX "payload_locked_documents_rels_procurement_id_idx" ON "payload_locked_documents_rels" USING btree ("procurement_id");
  CREATE INDEX "payload_locked_documents_rels_public_services_id_idx" ON "payload_locked_documents_rels" USING btree ("public_services_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_list_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_list_id");
  CREATE INDEX "payload_locked_documents_rels_social_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("social_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_visit_stats_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_stats_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("sites_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "posts" CASCADE;
  DROP TABLE "posts_locales" CASCADE;
  DROP TABLE "posts_rels" CASCADE;
  DROP TABLE "_posts_v" CASCADE;
  DROP TABLE "_posts_v_locales" CASCADE;
  DROP TABLE "_posts_v_rels" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "pages_texts" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "_pages_v_texts" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "categories_locales" CASCADE;
  DROP TABLE "categories_texts" CASCADE;
  DROP TABLE "_categories_v" CASCADE;
  DROP TABLE "_categories_v_locales" CASCADE;
  DROP TABLE "_categories_v_texts" CASCADE;
  DROP TABLE "legal_documents_attachments" CASCADE;
  DROP TABLE "legal_documents" CASCADE;
  DROP TABLE "legal_documents_locales" CASCADE;
  DROP TABLE "legal_documents_rels" CASCADE;
  DROP TABLE "_legal_documents_v_version_attachments" CASCADE;
  DROP TABLE "_legal_documents_v" CASCADE;
  DROP TABLE "_legal_documents_v_locales" CASCADE;
  DROP TABLE "_legal_documents_v_rels" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "units_locales" CASCADE;
  DROP TABLE "_units_v" CASCADE;
  DROP TABLE "_units_v_locales" CASCADE;
  DROP TABLE "officials" CASCADE;
  DROP TABLE "officials_locales" CASCADE;
  DROP TABLE "_officials_v" CASCADE;
  DROP TABLE "_officials_v_locales" CASCADE;
  DROP TABLE "work_schedules_entries" CASCADE;
  DROP TABLE "work_schedules_entries_locales" CASCADE;
  DROP TABLE "work_schedules" CASCADE;
  DROP TABLE "work_schedules_locales" CASCADE;
  DROP TABLE "_work_schedules_v_version_entries" CASCADE;
  DROP TABLE "_work_schedules_v_version_entries_locales" CASCADE;
  DROP TABLE "_work_schedules_v" CASCADE;
  DROP TABLE "_work_schedules_v_locales" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "feedback_locales" CASCADE;
  DROP TABLE "_feedback_v" CASCADE;
  DROP TABLE "_feedback_v_locales" CASCADE;
  DROP TABLE "consultations_comments" CASCADE;
  DROP TABLE "consultations" CASCADE;
  DROP TABLE "consultations_locales" CASCADE;
  DROP TABLE "consultations_rels" CASCADE;
  DROP TABLE "_consultations_v_version_comments" CASCADE;
  DROP TABLE "_consultations_v" CASCADE;
  DROP TABLE "_consultations_v_locales" CASCADE;
  DROP TABLE "_consultations_v_rels" CASCADE;
  DROP TABLE "plans" CASCADE;
  DROP TABLE "plans_locales" CASCADE;
  DROP TABLE "plans_rels" CASCADE;
  DROP TABLE "_plans_v" CASCADE;
  DROP TABLE "_plans_v_locales" CASCADE;
  DROP TABLE "_plans_v_rels" CASCADE;
  DROP TABLE "procurement" CASCADE;
  DROP TABLE "procurement_locales" CASCADE;
  DROP TABLE "procurement_rels" CASCADE;
  DROP TABLE "_procurement_v" CASCADE;
  DROP TABLE "_procurement_v_locales" CASCADE;
  DROP TABLE "_procurement_v_rels" CASCADE;
  DROP TABLE "public_services" CASCADE;
  DROP TABLE "public_services_locales" CASCADE;
  DROP TABLE "_public_services_v" CASCADE;
  DROP TABLE "_public_services_v_locales" CASCADE;
  DROP TABLE "disclosure_list" CASCADE;
  DROP TABLE "disclosure_list_locales" CASCADE;
  DROP TABLE "_disclosure_list_v" CASCADE;
  DROP TABLE "_disclosure_list_v_locales" CASCADE;
  DROP TABLE "social_accounts" CASCADE;
  DROP TABLE "social_accounts_locales" CASCADE;
  DROP TABLE "_social_accounts_v" CASCADE;
  DROP TABLE "_social_accounts_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "visit_stats" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "sites_domains" CASCADE;
  DROP TABLE "sites_licence_amendments" CASCADE;
  DROP TABLE "sites" CASCADE;
  DROP TABLE "sites_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_site_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_posts_genre";
  DROP TYPE "public"."enum_posts_citation_kind";
  DROP TYPE "public"."enum_posts_status";
  DROP TYPE "public"."enum__posts_v_version_genre";
  DROP TYPE "public"."enum__posts_v_version_citation_kind";
  DROP TYPE "public"."enum__posts_v_published_locale";
  DROP TYPE "public"."enum__posts_v_version_status";
  DROP TYPE "public"."enum_pages_section";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_section";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum_categories_kind";
  DROP TYPE "public"."enum_categories_status";
  DROP TYPE "public"."enum__categories_v_version_kind";
  DROP TYPE "public"."enum__categories_v_published_locale";
  DROP TYPE "public"."enum__categories_v_version_status";
  DROP TYPE "public"."enum_legal_documents_kind";
  DROP TYPE "public"."enum_legal_documents_validity";
  DROP TYPE "public"."enum_legal_documents_status";
  DROP TYPE "public"."enum__legal_documents_v_version_kind";
  DROP TYPE "public"."enum__legal_documents_v_version_validity";
  DROP TYPE "public"."enum__legal_documents_v_published_locale";
  DROP TYPE "public"."enum__legal_documents_v_version_status";
  DROP TYPE "public"."enum_units_status";
  DROP TYPE "public"."enum__units_v_published_locale";
  DROP TYPE "public"."enum__units_v_version_status";
  DROP TYPE "public"."enum_officials_status";
  DROP TYPE "public"."enum__officials_v_published_locale";
  DROP TYPE "public"."enum__officials_v_version_status";
  DROP TYPE "public"."enum_work_schedules_status";
  DROP TYPE "public"."enum__work_schedules_v_published_locale";
  DROP TYPE "public"."enum__work_schedules_v_version_status";
  DROP TYPE "public"."enum_feedback_moderation";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum__feedback_v_version_moderation";
  DROP TYPE "public"."enum__feedback_v_published_locale";
  DROP TYPE "public"."enum__feedback_v_version_status";
  DROP TYPE "public"."enum_consultations_status";
  DROP TYPE "public"."enum__consultations_v_published_locale";
  DROP TYPE "public"."enum__consultations_v_version_status";
  DROP TYPE "public"."enum_plans_kind";
  DROP TYPE "public"."enum_plans_status";
  DROP TYPE "public"."enum__plans_v_version_kind";
  DROP TYPE "public"."enum__plans_v_published_locale";
  DROP TYPE "public"."enum__plans_v_version_status";
  DROP TYPE "public"."enum_procurement_kind";
  DROP TYPE "public"."enum_procurement_status";
  DROP TYPE "public"."enum__procurement_v_version_kind";
  DROP TYPE "public"."enum__procurement_v_published_locale";
  DROP TYPE "public"."enum__procurement_v_version_status";
  DROP TYPE "public"."enum_public_services_online_level";
  DROP TYPE "public"."enum_public_services_status";
  DROP TYPE "public"."enum__public_services_v_version_online_level";
  DROP TYPE "public"."enum__public_services_v_published_locale";
  DROP TYPE "public"."enum__public_services_v_version_status";
  DROP TYPE "public"."enum_disclosure_list_status";
  DROP TYPE "public"."enum__disclosure_list_v_published_locale";
  DROP TYPE "public"."enum__disclosure_list_v_version_status";
  DROP TYPE "public"."enum_social_accounts_platform";
  DROP TYPE "public"."enum_social_accounts_status";
  DROP TYPE "public"."enum__social_accounts_v_version_platform";
  DROP TYPE "public"."enum__social_accounts_v_published_locale";
  DROP TYPE "public"."enum__social_accounts_v_version_status";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_sites_level";
  DROP TYPE "public"."enum_sites_site_type";
  DROP TYPE "public"."enum_sites_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_site_roles_role";`)
}
