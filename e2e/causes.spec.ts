import { HEADLINE_CAUSES, jobsWithCause } from './demo-scenario';
import { attachScreenshot, expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const cause of HEADLINE_CAUSES) {
  for (const job of jobsWithCause(cause)) {
    test(`${cause}: ${job.name} — from the list to a verified fix on the clipboard`, async ({ listPage, jobPage, jobDetail, page }, testInfo) => {
      await listPage.goto(`region=${job.region}&range=30d`);
      await listPage.openJob(job.name);
      await jobPage.ready();

      await expect(jobPage.causeBadge(), job.expect?.note).toHaveAttribute('data-cause', cause);

      // The page must agree with the API: the failing check is shown, open, with its verified fix.
      const detail = await jobDetail(job.region, job.name);
      const failing = detail.diagnosis.checks.filter((c) => c.status === 'fail');
      expect(failing.length, `the engine reports no failing check for ${job.name}`).toBeGreaterThan(0);
      // A policy fix is copied as its document; a fix with no document (a missing route) as its command.
      const verified = (checkId: string) => detail.diagnosis.fixes.find((f) => f.verified && f.checkIds.includes(checkId));
      const target = failing.find((c) => verified(c.id));
      const first = detail.diagnosis.fixes[0];
      if (!target && first?.target === 'job-config' && !detail.diagnosis.fixes.some((f) => f.kind === 'exception')) {
        // A deny that names this role on purpose is never answered by exempting it: the way forward is
        // another role, whose policies the dashboard has not read (unverified; see fix-card.spec.ts).
        await expect(jobPage.fixCard(first.id).getByTestId('job-config')).toBeVisible();
        return;
      }
      expect(target, `no verified fix for any failing check of ${job.name}`).toBeDefined();
      const fix = target && verified(target.id);
      if (!target || !fix) return;

      const item = jobPage.check(target.id);
      await expect(item).toHaveAttribute('data-status', 'fail');
      await expect(item.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
      await expect(item).toContainText('Failed');
      // The page prints a KMS key's alias after its ARN; the engine's reason does not carry it.
      expect(await jobPage.engineText(item)).toContain(target.reason.replace(/\s+/g, ' '));

      // One fix often covers several requests: it is shown in full once, under the first of them in
      // stage order, and the others link to it.
      const card = jobPage.fixCard(fix.id);
      await expect(card).toHaveCount(1);
      await expect(card).toBeVisible();
      const home = jobPage.checks.filter({ has: card });
      expect(fix.checkIds).toContain(await home.getAttribute('data-check-id'));
      if ((await home.getAttribute('data-check-id')) !== target.id) await expect(item.getByTestId('fix-elsewhere')).toHaveAttribute('data-fix-id', fix.id);
      await expect(card.getByTestId('verified')).toHaveText(/Verified by simulation/);
      if (fix.crossAccount) await expect(card.getByTestId('cross-account')).toContainText(fix.accountId ?? 'other account');
      await expect(card.getByTestId('fix-cli')).toHaveText(fix.cli);

      if (fix.policy !== undefined) {
        expect(JSON.parse(await jobPage.copy(card, 'Copy policy'))).toEqual(fix.policy);
      } else {
        expect(await jobPage.copy(card, 'Copy command')).toBe(fix.cli);
      }

      await attachScreenshot(page, testInfo, `job-${cause}-${job.name}`);
    });
  }
}
