import { jobWithLogLine, jobsWithPartialEvidence } from './demo-scenario';
import { expect, test } from './fixtures';

test.describe('untrusted text and partial evidence', () => {
  test('the hostile log line renders literally and runs nothing', async ({ jobPage, page, pageGuard }) => {
    const { job } = jobWithLogLine(/onerror/);
    const tag = '<img src=x onerror=alert(1)>';
    await jobPage.goto(job.region, job.name);
    // Widen the excerpt until every line is shown, so the line is on the page whatever was matched.
    const more = page.getByRole('button', { name: /Show (more context|all \d+ lines)/ });
    while ((await more.count()) > 0) await more.first().click();

    const line = page.getByTestId('log-line').filter({ hasText: 'onerror' });
    await expect(line).toHaveCount(1);
    await expect(line).toContainText(tag);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.getByTestId('log-stream').locator('img, script, iframe')).toHaveCount(0);
    expect(pageGuard.dialogs).toEqual([]);
    expect(pageGuard.errors).toEqual([]);
  });

  test('ANSI colour codes become colours, not escape characters', async ({ jobPage, page }) => {
    const { job } = jobWithLogLine(/\u001b\[31m/);
    await jobPage.goto(job.region, job.name);
    const text = (await page.getByTestId('log-stream').first().textContent()) ?? '';
    expect(text).not.toContain('\u001b');
    expect(text).not.toMatch(/\[\d+m/);
    await expect(page.getByTestId('log-stream').locator('span.text-red-400').first()).toBeVisible();
  });

  test('the planted access key and secret key are masked everywhere on the page', async ({ jobPage, page }) => {
    const { job, line } = jobWithLogLine(/AKIA[0-9A-Z]{16}/);
    const key = /AKIA[0-9A-Z]{16}/.exec(line)?.[0] ?? '';
    const secret = /AWS_SECRET_ACCESS_KEY=(\S+)/.exec(line)?.[1];
    await jobPage.goto(job.region, job.name);
    const more = page.getByRole('button', { name: /Show (more context|all \d+ lines)/ });
    while ((await more.count()) > 0) await more.first().click();
    await expect(page.getByTestId('log-line').filter({ hasText: 'AWS_ACCESS_KEY_ID' }).first()).toBeVisible();
    const html = await page.content();
    expect(html).not.toContain(key);
    if (secret) expect(html).not.toContain(secret);
  });

  for (const job of jobsWithPartialEvidence()) {
    test(`partial evidence for ${job.name} is shown as unknown with the reason, never as passed`, async ({ jobPage, jobDetail, page }) => {
      await jobPage.goto(job.region, job.name);
      const detail = await jobDetail(job.region, job.name);

      for (const entry of job.expect?.partialEvidence ?? []) {
        const [action = '', resource = ''] = entry.split(' ');
        if (action === 's3:GetBucketPolicy') {
          const touching = detail.diagnosis.checks.filter((c) => c.request.resource.startsWith(`arn:aws:s3:::${resource}`));
          expect(touching.length, `no check touches bucket ${resource}`).toBeGreaterThan(0);
          for (const c of touching) await expectUnknownWithReason(c.id, c.reason);
        } else if (action === 'iam:GetRole') {
          const assume = detail.diagnosis.checks.filter((c) => c.stage === 'assume-role');
          expect(assume.length).toBeGreaterThan(0);
          for (const c of assume) await expectUnknownWithReason(c.id, c.reason);
          await expect(page.getByTestId('missing-evidence').or(page.getByTestId('check-missing')).first()).toContainText('iam:GetRole');
        } else if (action === 'logs:DescribeLogStreams') {
          await expect(page.getByTestId('evidence-missing').filter({ hasText: "the job's logs" })).toBeVisible();
        }
      }
      // Whatever the engine could not read must never be presented as a pass.
      for (const c of detail.diagnosis.checks.filter((x) => (x.missing?.length ?? 0) > 0)) {
        // Shown one per line (passed checks fold away): present, and failed or unknown.
        await expect(jobPage.check(c.id)).toHaveAttribute('data-status', /^(fail|unknown)$/);
      }

      async function expectUnknownWithReason(id: string, reason: string) {
        const item = jobPage.check(id);
        await expect(item).toHaveAttribute('data-status', 'unknown');
        await expect(item).toContainText('Unknown');
        await expect(item).toContainText(reason);
      }
    });
  }
});
