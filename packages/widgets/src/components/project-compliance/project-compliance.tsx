import type { Finding } from '@rectify/rules';
import type { ConstructionProject } from '@rectify/schemas';
import { useLocale } from '../../i18n/index';
import { asArray } from '../shared/data-guards';
import { StatusBadge } from '../shared/status-badge';
import { SubHeading } from '../shared/sub-heading';
import { frameBaseProps, WidgetFrame } from '../shared/widget-frame';
import type { WidgetBaseProps } from '../shared/widget-props';
import { withKeys } from '../shared/with-keys';
import {
  INSTITUTION_RULE_IDS,
  type ProjectWarning,
  warningFromFindings,
  worstFindings,
} from './project-warning';
import { projectComplianceCss } from './styles';

/** The project facts the widget shows; personal data (managers, officers) is never shown. */
export type ComplianceProject = Pick<ConstructionProject, 'id' | 'name'> &
  Partial<Pick<ConstructionProject, 'status' | 'divisionCode' | 'builder' | 'generalContractor'>>;

/** Props of {@link ProjectCompliance}. */
export interface ProjectComplianceProps extends WidgetBaseProps {
  /** The construction project. Absent or `null` shows the empty state. Defaults to none. */
  project?: ComplianceProject | null;
  /**
   * Findings of the wages pack; those about this project (and its months) are used. Run `check` with
   * `include: OUTCOMES` to see passes too; a rule without a finding reads "no finding". Defaults to none.
   */
  findings?: readonly Finding[] | null;
  /**
   * The arrears warning (`arrearsWarning(project.id, index, asOf)` of the wages pack). Defaults to the level in the
   * project's WG-EARLY-WARNING finding, else "unknown".
   */
  warning?: ProjectWarning | null;
  /** The checklist's rule ids, in order. Defaults to the seven wage-payment institutions of WG.M2. */
  institutions?: readonly string[];
  /** Division names by code, for the project's street. Quanzhou's counties are built in. Defaults to none. */
  divisionNames?: Readonly<Record<string, string>>;
}

/**
 * A construction project's wage-payment institution checklist (payment guarantee, real name, wage account, wage
 * deposit, labour-wage officer, rights board, bank payroll) from its findings, and its arrears warning level, each
 * shown by icon and text.
 */
export function ProjectCompliance(props: ProjectComplianceProps) {
  const locale = useLocale(props.lang);
  const { m } = locale;
  const p = m.project;
  const { project } = props;
  const findings = asArray(props.findings);
  const warning = project ? (props.warning ?? warningFromFindings(findings, project.id)) : undefined;
  const warningCode =
    warning && warning !== 'unknown' && typeof warning === 'object'
      ? `warning-${warning.level}`
      : 'warning-unknown';
  const reasons = warning && typeof warning === 'object' ? asArray(warning.reasons) : [];
  return (
    <WidgetFrame
      widget="project-compliance"
      css={projectComplianceCss}
      locale={locale}
      {...frameBaseProps(props)}
      empty={!project}
      title={project ? p.title(project.name) : p.heading}
    >
      {project ? (
        <>
          <dl className="rk-meta">
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{p.builder}</dt>
              <dd className="rk-meta__value">{project.builder?.name ?? m.common.none}</dd>
            </div>
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{p.contractor}</dt>
              <dd className="rk-meta__value">{project.generalContractor?.name ?? m.common.none}</dd>
            </div>
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{p.status}</dt>
              <dd className="rk-meta__value">
                {project.status ? (p.statuses[project.status] ?? project.status) : m.common.none}
              </dd>
            </div>
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{p.division}</dt>
              <dd className="rk-meta__value">{locale.division(project.divisionCode, props.divisionNames)}</dd>
            </div>
          </dl>
          <div className="rk-compliance__warning" data-level={warningCode}>
            <span className="rk-compliance__warning-label">{p.warning}</span>
            <StatusBadge code={warningCode} locale={locale} />
            {reasons.length > 0 ? (
              <ul className="rk-compliance__reasons" aria-label={p.warningReasons}>
                {withKeys(reasons, (r) => `${r.clauseId ?? ''}|${r.text?.['zh-CN'] ?? ''}`).map(
                  ({ key, item: r }) => (
                    <li key={key}>
                      {r.clauseId ? <span className="rk-code rk-muted">{r.clauseId}</span> : null}{' '}
                      {locale.pick(r.text)}
                    </li>
                  ),
                )}
              </ul>
            ) : null}
          </div>
          <SubHeading level={props.headingLevel}>{p.checklist}</SubHeading>
          <table className="rk-table rk-compliance__checklist">
            <thead>
              <tr>
                <th scope="col">{p.institution}</th>
                <th scope="col">{p.result}</th>
                <th scope="col">{p.note}</th>
              </tr>
            </thead>
            <tbody>
              {asArray(props.institutions ?? INSTITUTION_RULE_IDS).map((ruleId) => {
                const list = worstFindings(findings, project.id, ruleId);
                const worst = list[0];
                const notes = !worst
                  ? []
                  : worst.outcome === 'fail'
                    ? asArray(worst.why).map((c) => locale.pick(c.text))
                    : worst.outcome === 'unknown' || worst.outcome === 'pending'
                      ? asArray(worst.evidence)
                          .map((e) => locale.pick(e.note))
                          .filter(Boolean)
                      : [];
                return (
                  <tr key={ruleId} data-rule={ruleId}>
                    <th scope="row">
                      {p.institutions[ruleId] ?? ruleId} <span className="rk-code rk-muted">{ruleId}</span>
                    </th>
                    <td>
                      <StatusBadge code={worst ? worst.outcome : 'no-finding'} locale={locale} />
                    </td>
                    <td>
                      {notes.length > 0 ? (
                        <ul className="rk-compliance__notes">
                          {[...new Set(notes)].map((n) => (
                            <li key={n}>{n}</li>
                          ))}
                        </ul>
                      ) : (
                        m.common.none
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </WidgetFrame>
  );
}
