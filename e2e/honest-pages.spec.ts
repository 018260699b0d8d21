import { demoJobs, jobsWithCause } from './demo-scenario';
import { attachScreenshot, expect, test } from './fixtures';

/**
 * Issue 11, section 1: pages that do not contradict themselves. An SCP page: AWS names a service
 * control policy the dashboard cannot read and every policy it can read allows the request; the page
 * says so, names who must act and what to ask them for, and never "Every request the job makes is
 * allowed". A job whose logs could not be read: the page says so instead of "Go to the logs".
 */
const job = jobsWithCause('scp')[0];

test('the SCP job: the organization\u2019s administrators, and exactly what to ask them for', async ({ jobPage, jobDetail, page }, testInfo) => {
  test.skip(!job, 'the demo account has no SCP job');
  const { region, name } = job ?? { region: '', name: '' };
  const d = (await jobDetail(region, name)).diagnosis;
  const denied = d?.deniedRequest;
  expect(denied?.action).toBeTruthy();
  await jobPage.goto(region, name);

  await expect(jobPage.causeBadge()).toHaveAttribute('data-cause', 'scp');
  const summary = jobPage.diagnosis.getByTestId('diagnosis-summary');
  await expect(summary).toContainText('The policies the dashboard can read');
  await expect(summary).toContainText('organization\u2019s administrators');
  await expect(jobPage.diagnosis.getByTestId('denied-request')).toContainText(`Denied request: ${denied?.action} on ${denied?.resource}`);
  await expect(jobPage.nextStep()).toHaveAttribute('data-kind', 'ask-organization');
  await expect(jobPage.nextStep()).toContainText(`allow ${denied?.action} on ${denied?.resource}`);
  await expect(page.getByText(/Every request the job makes is allowed/)).toHaveCount(0);
  await expect(page.getByText(/service control policy a service control policy/)).toHaveCount(0);
  await attachScreenshot(page, testInfo, `scp-${name}`);
});

test('a job with no logs: no "Go to the logs", no log panel leading the page, and the reason said once up front', async ({ jobPage, jobDetail, page }) => {
  const capacity = demoJobs.find((j) => j.status === 'Failed' && j.expect?.cause === 'capacity' && (j.logStreams ?? []).length === 0);
  test.skip(!capacity, 'the demo account has no capacity job without logs');
  const { region, name } = capacity ?? { region: '', name: '' };
  const d = (await jobDetail(region, name)).diagnosis;
  expect(d?.missingEvidence.map((m) => m.what)).toContain("the job's logs");
  await jobPage.goto(region, name);
  await expect(jobPage.nextStep()).toHaveAttribute('data-kind', 'no-logs');
  await expect(jobPage.nextStep()).toContainText('No log lines to read');
  await expect(page.getByRole('link', { name: /Go to the logs/ })).toHaveCount(0);
  await expect(jobPage.logsFirst()).toHaveCount(0);
  await expect(jobPage.diagnosis.getByTestId('missing-evidence')).toContainText('The dashboard could not read:');
  // Why the logs could not be read is said once on the card, in that list; the next step points to it.
  const because = d?.missingEvidence.find((m) => m.what === "the job's logs")?.because ?? '';
  expect(because).not.toBe('');
  expect((await jobPage.diagnosis.innerText()).split(because).length - 1).toBe(1);
});
