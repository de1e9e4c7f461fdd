// The JSON the app endpoints (/app/*) answer with: shared by the server that builds it and the web app that reads it.
import type {
  CampaignTask,
  CheckResult,
  Finding,
  Indicator,
  SamplingPlan,
  TaskProgressInput,
  TaskStatusResult,
} from '@rectify/rules';
import type { Bilingual, Community, ConstructionProject, QuarterlyDisclosure } from '@rectify/schemas';

/** Finding counts of a subject or division: failures, not yet due, and evidence missing. */
export interface FindingCounts {
  fail: number;
  pending: number;
  unknown: number;
}

/** A division with what the drill-down lists show about it. */
export interface DivisionSummary {
  code: string;
  name: string;
  level: 'city' | 'county' | 'street';
  communities: number;
  projects: number;
  findings: FindingCounts;
}

/** A step of the breadcrumb trail: city → county → street. */
export interface TrailStep {
  code: string;
  name: string;
  level: 'city' | 'county' | 'street';
}

/** A report the app can build, as the reports page lists it. */
export interface ReportListing {
  id: string;
  title: Bilingual;
  campaign: 'public-income' | 'wages' | 'both';
  clauseIds: readonly string[];
  periodKind: 'month' | 'quarter' | 'year' | 'any';
  defaultFormat: string;
  /** The period the download link uses by default (the as-of month, quarter or year). */
  defaultPeriod: string;
  /** Its own parameters, with the value the app passes by default. */
  params: { name: string; required: boolean; description: Bilingual; defaultValue?: string }[];
}

/** `GET /app/meta`: what is stored and how the app runs. */
export interface MetaResponse {
  engine: 'pglite' | 'postgres';
  asOf: string;
  campaignYear: number;
  generatedAt: string;
  source?: { system: string; name?: string };
  records: number;
  byKind: Record<string, number>;
  seed?: {
    seed: string;
    communities: number;
    projects: number;
    plantRate: number;
    planted: Record<string, number>;
  };
  city: TrailStep;
  counties: TrailStep[];
  /**
   * The built-in demo key (role `city`) the web app calls /v1 with. A demo convenience on loopback only: a real
   * deployment issues its own keys and never sends one to a browser.
   */
  demoKey: string;
  reports: ReportListing[];
}

/** `GET /app/dashboard`: the city's campaign indicators and its counties. */
export interface DashboardResponse {
  asOf: string;
  indicators: Indicator[];
  summary: Pick<CheckResult['summary'], 'subjects' | 'byOutcome'>;
  packs: CheckResult['packs'];
  counties: DivisionSummary[];
  /** Failures by rule, most first. */
  topRules: RuleCount[];
}

/** A rule with how many failures it found. */
export interface RuleCount {
  ruleId: string;
  title: Bilingual;
  fail: number;
}

/** A community in a street's list. */
export interface CommunityRow {
  id: string;
  name: string;
  divisionCode: string;
  companyName: string;
  households: number;
  findings: FindingCounts;
}

/** A construction project in a county's or street's list. */
export interface ProjectRow {
  id: string;
  name: string;
  divisionCode: string;
  status: string;
  findings: FindingCounts;
}

/** `GET /app/divisions/:code`: a county or a street, its indicators and what lies below it. */
export interface DivisionResponse {
  asOf: string;
  division: DivisionSummary;
  trail: TrailStep[];
  /** The campaign indicators with this division's values; the breakdown holds its streets. */
  indicators: Indicator[];
  /** The streets of a county (empty for a street). */
  children: DivisionSummary[];
  /** The communities of a street (empty for a county: open a street). */
  communities: CommunityRow[];
  /** The construction projects in the division. */
  projects: ProjectRow[];
  topRules: RuleCount[];
}

/** A rule as the findings list explains it. */
export interface RuleInfo {
  id: string;
  title: Bilingual;
  quote: readonly string[];
}

/** `GET /app/communities/:id`: a community, its quarterly disclosures and its findings. */
export interface CommunityResponse {
  asOf: string;
  community: Community;
  trail: TrailStep[];
  /** Its quarterly disclosures, latest quarter first. */
  disclosures: QuarterlyDisclosure[];
  findings: Finding[];
  rules: RuleInfo[];
  divisionNames: Record<string, string>;
}

/** The project facts the project page shows (no personal data: no managers, no officers). */
export type ProjectFacts = Pick<ConstructionProject, 'id' | 'name'> &
  Partial<
    Pick<
      ConstructionProject,
      'status' | 'divisionCode' | 'builder' | 'generalContractor' | 'kind' | 'funding'
    >
  > & {
    contractValue?: number;
  };

/** An arrears early-warning level (蓝、黄、橙、红), or none. */
export type WarningLevelName = 'none' | 'blue' | 'yellow' | 'orange' | 'red';

/** `GET /app/projects/:id`: a project, its compliance findings and its arrears warning. */
export interface ProjectResponse {
  asOf: string;
  project: ProjectFacts;
  trail: TrailStep[];
  findings: Finding[];
  /** The arrears warning from the project's WG-EARLY-WARNING finding; `unknown` when evidence is missing. */
  warning: { level: WarningLevelName; reasons: { text: Bilingual; clauseId?: string }[] } | 'unknown' | null;
  rules: RuleInfo[];
  divisionNames: Record<string, string>;
}

/** `GET /app/tasks`: the campaign task lists and the reported progress. */
export interface TasksResponse {
  asOf: string;
  campaignYear: number;
  divisionCode: string;
  tasks: readonly CampaignTask[];
  progress: TaskProgressInput[];
  statuses: TaskStatusResult[];
}

/** `GET /app/sampling`: the double-random sampling plan of a year. */
export interface SamplingResponse {
  year: number;
  seed: string;
  plan: SamplingPlan;
  communityNames: Record<string, string>;
  divisionNames: Record<string, string>;
}

/** A row-level problem of an uploaded spreadsheet. */
export interface UploadIssue {
  /** Spreadsheet row number (1-based, as the user sees it); absent for a problem of the whole file. */
  row?: number;
  /** Column letter and header, when known (`C 小区名称`). */
  column?: string;
  code: string;
  severity: 'error' | 'warning';
  message: Bilingual;
}

/** A finding of the check run with the uploaded records merged in, with the uploaded record it concerns. */
export interface UploadFinding {
  /** Id of the uploaded record whose community or project the finding is about. */
  recordId: string;
  finding: Finding;
}

/** `POST /app/uploads` and `GET /app/uploads/:id`: what became of an uploaded spreadsheet. */
export interface UploadResponse {
  id: string;
  receivedAt: string;
  fileName: string;
  kind: string;
  format?: string;
  sizeBytes: number;
  status: 'accepted' | 'partial' | 'rejected';
  counts: {
    read: number;
    imported: number;
    rejected: number;
    blank: number;
    subtotal: number;
    skipped: number;
  };
  issues: UploadIssue[];
  findings: UploadFinding[];
  /** When true, `issues` were cut at the limit; counts stay complete. */
  truncated: boolean;
}

/** A line of `GET /app/uploads`. */
export type UploadListing = Pick<
  UploadResponse,
  'id' | 'receivedAt' | 'fileName' | 'kind' | 'status' | 'counts' | 'sizeBytes'
>;

/** `GET /app/uploads`: the tables that can be uploaded and the latest uploads. */
export interface UploadsResponse {
  tables: { kind: string; title: Bilingual }[];
  uploads: UploadListing[];
}

/** The error body of every /app endpoint. */
export interface AppError {
  error: { code: string; message: Bilingual };
}
