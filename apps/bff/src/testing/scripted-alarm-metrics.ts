import { reduceSamples } from '../services/alarms/alarm-metric-source.ts';
import type { AlarmMetricSource, AlarmStatisticsQuery, AlarmSubject } from '../services/alarms/alarm-metric-source.ts';

const SAMPLE_MS = 10_000;

/** A sample of one item of one subject at one time; null while the subject does not run. */
export type ScriptedSample = (subject: AlarmSubject, item: AlarmStatisticsQuery['item'], at: number) => number | null;

/**
 * Alarm statistics from samples a test scripts, every 10 s as the real metrics are, reduced by the
 * same method: the evaluator is tested against known numbers, the metrics derivation elsewhere.
 */
export class ScriptedAlarmMetrics implements AlarmMetricSource {
  /** What each question asked, for tests of batching. */
  readonly questions: AlarmStatisticsQuery[] = [];

  constructor(
    public sample: ScriptedSample,
    /** Whether the subject runs now; one that does not has no data, as with the real metrics. */
    private readonly running: (subject: AlarmSubject) => Promise<boolean> = async () => true,
  ) {}

  async statistics(query: AlarmStatisticsQuery): Promise<Map<string, number | null>> {
    this.questions.push(query);
    const answers = new Map<string, number | null>();
    for (const subject of query.subjects) {
      if (!(await this.running(subject))) {
        answers.set(subject.id, null);
        continue;
      }
      const samples: (number | null)[] = [];
      for (let at = query.from; at < query.to; at += SAMPLE_MS) samples.push(this.sample(subject, query.item, at));
      answers.set(subject.id, reduceSamples(samples, query.method));
    }
    return answers;
  }
}
