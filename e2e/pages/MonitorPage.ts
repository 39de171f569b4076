import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

type RangeLabel = '1 Hour' | '6 Hours' | '24 Hours' | '7 Days';

/** A Monitor page or tab: the range switch and a line chart per monitored item. */
export class MonitorPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly range = (label: RangeLabel) => this.page.getByRole('radio', { name: label });
  readonly liveTag = () => this.page.getByText('Live: refreshes every 10 seconds');

  /** Switches the range (its radio input is hidden behind its button-like label). */
  async selectRange(label: RangeLabel): Promise<void> {
    await this.page.getByRole('region', { name: 'Monitoring' }).getByText(label, { exact: true }).click();
    await expect(this.range(label)).toBeChecked();
  }

  /** The chart of an item, by its title (CPU, Memory, Network In…). */
  readonly chart = (title: string): Locator => this.page.getByRole('figure', { name: title, exact: true });
  /** The chart's caption of its latest point: "12.3 % at 2026-12-02 14:20:30". */
  readonly latest = (title: string) => this.chart(title).getByTestId('latest-point');
  readonly lines = (title: string) => this.chart(title).locator('path.recharts-line-curve');
  /** The labels of the value axis, bottom to top. */
  readonly yTicks = (title: string) => this.chart(title).locator('.recharts-yAxis-tick-labels text');
  readonly legend = (title: string) => this.chart(title).locator('.recharts-legend-item-text');

  /** The drawn path of a chart's first line. */
  async path(title: string): Promise<string> {
    return (await this.lines(title).first().getAttribute('d')) ?? '';
  }

  /** How many points the chart's first line passes through (its move and line commands). */
  async pointCount(title: string): Promise<number> {
    return ((await this.path(title)).match(/[ML]/g) ?? []).length;
  }

  /** The value and time of a single-line chart's latest point, as its caption says. */
  async latestPoint(title: string): Promise<{ value: number; time: string }> {
    const text = (await this.latest(title).textContent()) ?? '';
    const match = /^([\d.]+) .* at (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)$/.exec(text.trim());
    expect(match, `the latest point of ${title}: "${text}"`).not.toBeNull();
    return { value: Number(match![1]), time: match![2]! };
  }

  /** Waits until the item's chart has drawn a line of at least `points` points. */
  async expectDrawn(title: string, points = 2, timeout = 30_000): Promise<void> {
    await expect(this.lines(title).first()).toBeVisible({ timeout });
    await expect.poll(() => this.pointCount(title), { timeout }).toBeGreaterThanOrEqual(points);
  }

  /** Hovers the middle of a chart and answers its tooltip. */
  async hover(title: string): Promise<Locator> {
    // The plot's own svg: legend icons are `.recharts-surface` svgs too.
    const surface = this.chart(title).locator('.recharts-wrapper > svg.recharts-surface');
    await surface.scrollIntoViewIfNeeded();
    const box = await surface.boundingBox();
    expect(box).not.toBeNull();
    await this.page.mouse.move(box!.x + box!.width * 0.95, box!.y + box!.height * 0.4);
    const tooltip = this.chart(title).locator('.recharts-tooltip-wrapper');
    await expect(tooltip).toBeVisible();
    return tooltip;
  }
}
