// Waits until no CSS animation runs on the page, so axe measures colours at full opacity (a dialog
// fading in has text at part opacity). Polled: the app's CSP forbids the eval that waitForFunction
// needs. Animations are counted, not awaited: a loading spinner removed when its page arrives has its
// animation cancelled, and awaiting `finished` would reject (AbortError) or, for an endless spinner,
// never settle.
import type { Page } from 'playwright-core';

export async function animationsSettled(page: Page, timeoutMs = 5_000): Promise<void> {
  for (let waited = 0; waited <= timeoutMs; waited += 50) {
    const running = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
          .getAnimations()
          .filter((animation) => animation.playState === 'running').length,
    );
    if (running === 0) return;
    await page.waitForTimeout(50);
  }
}
