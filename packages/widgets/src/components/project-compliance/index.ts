export type { ComplianceProject, ProjectComplianceProps } from './project-compliance';
export { ProjectCompliance } from './project-compliance';
export type { ProjectWarning, WarningLevel } from './project-warning';
export {
  INSTITUTION_RULE_IDS,
  isAboutProject,
  WARNING_LEVELS,
  warningFromFindings,
  worstFindings,
} from './project-warning';
export { projectComplianceCss } from './styles';
