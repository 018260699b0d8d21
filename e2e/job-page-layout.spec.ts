import AxeBuilder from '@axe-core/playwright';
import { demoJobs, jobsWithCause } from './demo-scenario';
import { attachScreenshot, expect, test } from './fixtures';
import { JobPage } from './pages/job-page';

/**
 * Issue 11, section 4: a job page read in one minute. The answer first (the log excerpt for a
 * failure inside the job), passed checks folded into one line, one deny quoted once, console links
 * for everything the diagnosis read, and a link to every check.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const DENY_JOB = 'fraud-graph-gnn-nightly-30';
const deny = demoJobs.find((j) => j.name === DENY_JOB);
const insideJobs = ['user-code', 'out-of-memory', 'data'].map((cause) => jobsWithCause(cause)[0]).filter((j) => j !== undefined);

test.describe('the answer first', () => {
  for (const job of insideJobs) {
    test(`${job.expect?.cause}: ${job.name} shows the log excerpt before the checklist, its passed checks folded`, async ({ jobPage, jobDetail, page }, testInfo) => {
      const detail = await jobDetail(job.region, job.name);
      const passed = detail.diagnosis?.checks.filter((c) => c.status === 'pass') ?? [];
      expect(detail.diagnosis?.checks.some((c) => c.status === 'fail'), 'a failing check would put the checklist first').toBe(false);
      await jobPage.goto(job.region, job.name);

      // Reading order: diagnosis, logs, checklist, evidence.
      const logs = jobPage.logsFirst();
      await expect(logs).toBeVisible();
      await expect(logs.getByTestId('log-line').first()).toBeVisible();
      const order = await page.evaluate(() =>
        ['diagnosis', 'logs-first', 'checklist'].map((id) => document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect().top ?? -1),
      );
      expect(order[0]).toBeLessThan(order[1] ?? 0);
      expect(order[1]).toBeLessThan(order[2] ?? 0);
      // The logs are not printed a second time in the evidence.
      await expect(page.locator('#evidence-logs')).toHaveCount(1);

      // Every request passed: the checklist is one line that expands.
      await expect(jobPage.checks).toHaveCount(0);
      await expect(jobPage.passedGroup()).toContainText(`${passed.length} requests allowed`);
      await expect(jobPage.passedToggle()).toHaveAttribute('aria-expanded', 'false');
      await attachScreenshot(page, testInfo, `logs-first-${job.name}`);
      await jobPage.passedToggle().click();
      await expect(jobPage.passedToggle()).toHaveAttribute('aria-expanded', 'true');
      await expect(jobPage.checks).toHaveCount(passed.length);
      expect(await jobPage.checks.evaluateAll((items) => items.map((i) => i.getAttribute('data-status')))).toEqual(passed.map(() => 'pass'));
      await jobPage.passedToggle().click();
      await expect(jobPage.checks).toHaveCount(0);
    });
  }

  test('a permission failure keeps the checklist first; its passed checks fold into one line', async ({ jobPage, jobDetail }) => {
    test.skip(!deny, `the demo account has no ${DENY_JOB}`);
    const detail = await jobDetail('us-east-1', DENY_JOB);
    const checks = detail.diagnosis?.checks ?? [];
    const passed = checks.filter((c) => c.status === 'pass');
    await jobPage.goto('us-east-1', DENY_JOB);
    await expect(jobPage.logsFirst()).toHaveCount(0);
    await expect(jobPage.checks).toHaveCount(checks.length - passed.length);
    await expect(jobPage.failingChecks()).toHaveCount(checks.filter((c) => c.status === 'fail').length);
    await expect(jobPage.passedGroup()).toContainText(`${passed.length} requests allowed`);
  });

  test('a #check- link to a passed check unfolds the passed line, opens and highlights the check', async ({ jobPage, jobDetail }) => {
    test.skip(!deny, `the demo account has no ${DENY_JOB}`);
    const detail = await jobDetail('us-east-1', DENY_JOB);
    const passed = detail.diagnosis?.checks.filter((c) => c.status === 'pass') ?? [];
    const target = passed[passed.length - 1];
    expect(target, 'no passed check').toBeDefined();
    await jobPage.goto('us-east-1', DENY_JOB, `#check-${target?.id}`);
    await expect(jobPage.passedToggle()).toHaveAttribute('aria-expanded', 'true');
    const item = jobPage.check(target?.id ?? '');
    await expect(item).toHaveAttribute('data-highlighted', 'true');
    await expect(item).toBeInViewport();
    await expect(item.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
  });
});

test.describe('one statement, quoted once', () => {
  test.skip(!deny, `the demo account has no ${DENY_JOB}`);

  test(`the deny of ${DENY_JOB} is printed once; every other place links to it`, async ({ jobPage, jobDetail, page }, testInfo) => {
    const detail = await jobDetail('us-east-1', DENY_JOB);
    const statement = detail.diagnosis?.decidedBy?.statement;
    expect(statement, 'the diagnosis quotes no statement').toBeDefined();
    const failing = detail.diagnosis?.checks.filter((c) => c.status === 'fail' && JSON.stringify(c.decidedBy?.statement) === JSON.stringify(statement)) ?? [];
    expect(failing.length, 'the deny decides more than one request').toBeGreaterThan(1);
    await jobPage.goto('us-east-1', DENY_JOB);

    expect(await jobPage.quotesOf(statement)).toBe(1);
    const quote = jobPage.diagnosis.locator('[data-testid="deciding-statement"][data-quoted]');
    const anchor = await quote.getAttribute('id');
    expect(anchor).toMatch(/^statement-/);
    for (const c of failing) {
      const link = jobPage.check(c.id).getByTestId('statement-link');
      await expect(link).toHaveAttribute('href', `#${anchor}`);
    }
    // A fix that replaces the deny names it and links to the quote instead of printing it again.
    for (const fix of detail.diagnosis?.fixes.filter((f) => JSON.stringify(f.replaces) === JSON.stringify(statement)) ?? []) {
      await expect(jobPage.fixCard(fix.id).getByTestId('replaces-link').getByRole('link')).toHaveAttribute('href', `#${anchor}`);
    }
    await attachScreenshot(page, testInfo, `quoted-once-${DENY_JOB}`);

    // Following a link lands on the quote.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await jobPage.check(failing[failing.length - 1]?.id ?? '').getByTestId('statement-link').click();
    await expect(quote).toBeInViewport();

    // The whole bucket policy starts folded (the quote is above) and opens from the quote, highlighted.
    const bucketDoc = page.locator('[data-testid="policy-document"][data-deciding]');
    await expect(bucketDoc).toHaveCount(1);
    await expect(bucketDoc).not.toHaveAttribute('open', '');
    await quote.getByTestId('statement-in-document').click();
    await expect(bucketDoc).toHaveAttribute('open', '');
    await expect(bucketDoc.locator('[data-highlighted="deciding"]').first()).toBeInViewport();
    // Opening the document shows the statement in its context: that is the one other place it may appear.
    expect(await jobPage.quotesOf(statement)).toBe(1);
  });
});

test.describe('KMS keys by alias', () => {
  test("a key the job names by alias shows the alias beside its ARN wherever the page prints the ARN", async ({ jobPage, jobDetail, page }) => {
    // The demo jobs whose OutputDataConfig or VolumeKmsKeyId names a key by its alias.
    const named = demoJobs.filter((j) => j.status === 'Failed' && /alias\//.test(JSON.stringify((j as { output?: unknown }).output ?? '') + JSON.stringify((j as { resources?: unknown }).resources ?? '')));
    const job = named[0];
    expect(job, 'no failed demo job names its KMS key by alias').toBeDefined();
    const { evidence, diagnosis } = await jobDetail(job?.region ?? '', job?.name ?? '');
    const key = Object.values(evidence.keys).find((k) => k.ref.startsWith('alias/') && k.metadata.ok);
    const arn = key?.metadata.ok ? key.metadata.value.arn : '';
    expect(arn, 'DescribeKey did not resolve the alias').toMatch(/:key\//);
    // The engine speaks in key ARNs: the failing check names the ARN, and the page adds the alias.
    const failing = diagnosis?.checks.find((c) => c.status === 'fail' && c.request.resource === arn);
    expect(failing, `no failing check on ${arn}`).toBeDefined();
    await jobPage.goto(job?.region ?? '', job?.name ?? '');
    const item = jobPage.check(failing?.id ?? '');
    await expect(item.getByTestId('key-alias').first()).toHaveText(`(${key?.ref})`);
    await expect(page.getByTestId('console-links').getByRole('link', { name: `KMS key ${key?.ref}` })).toHaveAttribute('href', new RegExp(`#/kms/keys/${arn.split(':key/')[1]}$`));
  });
});

test.describe('KMS keys named by ARN', () => {
  test('a key the job names by ARN still shows its alias (read with kms:ListAliases) beside the ARN', async ({ jobPage, jobDetail, page }) => {
    const name = 'claims-fraud-xgb-encrypted-12';
    const { evidence, diagnosis } = await jobDetail('us-east-1', name);
    const key = Object.values(evidence.keys).find((k) => !k.ref.includes('alias/') && k.metadata.ok && k.aliases?.ok && k.aliases.value.length > 0);
    expect(key, `${name} names no key by ARN whose aliases were read`).toBeDefined();
    const arn = key?.metadata.ok ? key.metadata.value.arn : '';
    const alias = key?.aliases?.ok ? key.aliases.value[0] : '';
    const failing = diagnosis?.checks.find((c) => c.status === 'fail' && c.request.resource === arn);
    expect(failing, `no failing check on ${arn}`).toBeDefined();
    await jobPage.goto('us-east-1', name);
    await expect(jobPage.diagnosis.getByTestId('diagnosis-summary').getByTestId('key-alias').first()).toHaveText(`(${alias})`);
    await expect(jobPage.check(failing?.id ?? '').getByTestId('key-alias').first()).toHaveText(`(${alias})`);
    await expect(page.getByTestId('console-links').getByRole('link', { name: `KMS key ${alias}` })).toHaveAttribute('href', new RegExp(`#/kms/keys/${arn.split(':key/')[1]}$`));
  });
});

test.describe('links out and links in', () => {
  test('console links for the role, each policy, each bucket and each key sit beside the SageMaker and CloudWatch ones', async ({ jobPage, jobDetail }) => {
    const job = jobsWithCause('kms')[0];
    test.skip(!job, 'no KMS job in the demo account');
    const { region, name } = job ?? { region: '', name: '' };
    const { evidence } = await jobDetail(region, name);
    await jobPage.goto(region, name);
    const hrefs = await jobPage.consoleLinks().evaluateAll((links) => links.map((l) => [l.textContent?.trim() ?? '', l.getAttribute('href') ?? '', l.getAttribute('target') ?? '', l.getAttribute('rel') ?? '']));
    const byText = new Map(hrefs.map(([text = '', href = '']) => [text, href]));
    for (const [, href, target, rel] of hrefs) {
      expect(new URL(href ?? '').hostname).toMatch(/(^|\.)console\.aws\.amazon\.com$/);
      expect(target).toBe('_blank');
      expect(rel).toContain('noopener');
    }
    expect([...byText.keys()].slice(0, 2)).toEqual(['SageMaker console ↗', 'CloudWatch log streams ↗']);

    const role = evidence.role.ok ? evidence.role.value : undefined;
    expect(role, 'the demo role was not read').toBeDefined();
    expect(byText.get(`Role ${role?.name} ↗`)).toBe(`https://console.aws.amazon.com/iam/home#/roles/details/${role?.name}?section=permissions`);
    for (const p of role?.identityPolicies.ok ? role.identityPolicies.value : []) {
      const href = byText.get(`${p.kind === 'managed' ? 'Policy' : 'Inline policy'} ${p.name} ↗`);
      expect(href, `no link for policy ${p.name}`).toBeDefined();
      if (p.arn) expect(href).toBe(`https://console.aws.amazon.com/iam/home#/policies/details/${encodeURIComponent(p.arn)}?section=permissions`);
    }
    for (const bucket of Object.keys(evidence.buckets)) {
      expect(byText.get(`Bucket ${bucket} ↗`)).toBe(`https://s3.console.aws.amazon.com/s3/buckets/${bucket}?region=${region}&tab=permissions`);
    }
    const keys = Object.values(evidence.keys).flatMap((k) => (k.metadata.ok ? [k.metadata.value.arn] : []));
    expect(keys.length, `${name} reads no KMS key`).toBeGreaterThan(0);
    for (const arn of keys) {
      const keyId = arn.split(':key/')[1] ?? '';
      expect(hrefs.map(([, href]) => href)).toContain(`https://${region}.console.aws.amazon.com/kms/home?region=${region}#/kms/keys/${keyId}`);
    }
  });

  test('every check has its own copy-link; the copied link opens that check for a teammate', async ({ jobPage, jobDetail, context }) => {
    test.skip(!deny, `the demo account has no ${DENY_JOB}`);
    const detail = await jobDetail('us-east-1', DENY_JOB);
    await jobPage.goto('us-east-1', DENY_JOB);
    await jobPage.passedToggle().click();
    const all = detail.diagnosis?.checks ?? [];
    await expect(jobPage.checks).toHaveCount(all.length);
    await expect(jobPage.checks.getByTestId('check-link')).toHaveCount(all.length);

    const target = all.find((c) => c.status === 'fail') ?? all[0];
    const link = await jobPage.copyCheckLink(jobPage.check(target?.id ?? ''));
    const url = new URL(link);
    expect(url.pathname).toBe(`/jobs/us-east-1/${DENY_JOB}`);
    expect(url.hash).toBe(`#check-${target?.id}`);

    const fresh = new JobPage(await context.newPage());
    await fresh.page.goto(link);
    await fresh.ready();
    await expect(fresh.check(target?.id ?? '')).toHaveAttribute('data-highlighted', 'true');
    await expect(fresh.check(target?.id ?? '')).toBeInViewport();
  });

  test('axe finds no serious or critical violations with the passed checks and the logs first', async ({ jobPage, page }) => {
    const job = insideJobs[0];
    test.skip(!job, 'no non-permission demo job');
    await jobPage.goto(job?.region ?? '', job?.name ?? '');
    await jobPage.passedToggle().click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
