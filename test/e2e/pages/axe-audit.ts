import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0/2.1 A and AA rules plus axe's best practices (landmarks, heading order, one h1, region). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One element axe flagged, in words a reviewer can act on. */
export interface AxeFinding {
  rule: string;
  impact: string;
  target: string;
  summary: string;
}

/** Where an audit looks: the whole page, or one element (a dialog, a popover) by CSS selector. */
export interface AuditScope {
  include?: string;
  /** Selectors axe may skip; each must come with the reason it is not ours to change. */
  exclude?: { selector: string; reason: string }[];
  /** Findings of one rule at matching targets that are accepted; each must say why. */
  accept?: AcceptedFinding[];
}

/** A finding accepted on purpose: the rule, a pattern of the target, and the written reason. */
export interface AcceptedFinding {
  rule: string;
  target: RegExp;
  reason: string;
}

/** Runs axe on `page` (or the scope) and returns every violation node as a flat finding. */
export async function auditPage(page: Page, scope: AuditScope = {}): Promise<AxeFinding[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (scope.include) builder = builder.include(scope.include);
  for (const { selector } of scope.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      impact: node.impact ?? violation.impact ?? 'unknown',
      target: node.target.join(' '),
      summary: `${violation.help}. ${node.failureSummary ?? ''}`.replace(/\s+/gu, ' ').trim(),
    })),
  );
}

/** A readable list: one block per finding with rule, impact, target and what to fix. */
export function formatFindings(findings: AxeFinding[]): string {
  return findings
    .map((finding) => `• ${finding.rule} (${finding.impact}) at ${finding.target}\n    ${finding.summary}`)
    .join('\n');
}

/** Fails with the readable list when axe finds any violation in `what` (e.g. "main screen, de, dark"). */
export async function expectNoAxeViolations(page: Page, what: string, scope: AuditScope = {}): Promise<void> {
  const findings = (await auditPage(page, scope)).filter(
    (finding) =>
      !(scope.accept ?? []).some(
        (accepted) => accepted.rule === finding.rule && accepted.target.test(finding.target),
      ),
  );
  expect(findings.length, `axe violations on ${what}:\n${formatFindings(findings)}`).toBe(0);
}
