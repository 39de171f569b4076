import { randomBytes } from 'node:crypto';
import { analyzeTemplate } from '@cs/compose';
import type { TemplateAnalysis } from '@cs/compose';
import { ConflictError, InputError, NotFoundError, SAMPLE_READ_ONLY } from '@cs/domain';
import type { Template, TemplateCategory, TemplateSpec, TemplateStatus } from '@cs/domain';
import type { TemplateDto, TemplateSummary } from '@cs/contracts';
import type { TemplateAnalyzer } from '../analysis/analysis-pool.ts';
import type { Store } from '../store/store.ts';
import { SAMPLE_TEMPLATES } from './templates/samples.ts';
import type { SampleTemplate } from './templates/samples.ts';

/** The store's scope of each category: names are unique within one. */
const SCOPE: Record<TemplateCategory, string> = { sample: 'samples', mine: 'mine' };

function newTemplateId(): string {
  return `t${randomBytes(12).toString('hex')}`;
}

/** A save is refused while the content has errors; each becomes a field error of `content`. */
export function assertNoErrors(analysis: TemplateAnalysis): void {
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  throw new InputError(errors.map((d) => ({ field: 'content', message: `Line ${d.line}:${d.column}: ${d.message}` })));
}

function statusOf(analysis: TemplateAnalysis, since: string, generation: number): TemplateStatus {
  return {
    phase: 'Saved',
    phaseSince: since,
    observedGeneration: generation,
    conditions: [],
    format: analysis.format,
    services: analysis.services.map((s) => ({ name: s.name, image: s.image ?? null })),
  };
}

function toSummary({ metadata, spec: { category, description }, status }: Template): TemplateSummary {
  return { metadata, spec: { category, description }, status };
}

/** Orchestration templates: the guide's samples (read-only) and the user's own. */
export class TemplateService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    /** Where users' templates are analysed: the worker pool, never the request thread. */
    private readonly analyzer: TemplateAnalyzer,
    private readonly samples: readonly SampleTemplate[] = SAMPLE_TEMPLATES,
  ) {}

  /** The analysis the editor and the validate endpoint show. */
  analyze(content: string, variables?: Readonly<Record<string, string>>): Promise<TemplateAnalysis> {
    return this.analyzer.analyze(content, variables);
  }

  /**
   * Makes the stored samples what the code says: adds missing ones, rewrites changed ones, removes
   * dropped ones. Another replica doing the same at once makes this one's write fail; that is fine.
   */
  async seedSamples(): Promise<void> {
    const stored = new Map(
      (await this.store.resources.listInScope<Template>('template', SCOPE.sample)).map((t) => [t.metadata.id, t]),
    );
    const since = new Date(this.now()).toISOString();
    const wanted = new Set(this.samples.map((s) => s.id));
    const creates = [];
    const updates = [];
    for (const s of this.samples) {
      const spec: TemplateSpec = { category: 'sample', description: s.description, content: s.content };
      const current = stored.get(s.id);
      // The code's own samples, small and known: analysed here, at start-up, not in the pool.
      const status = statusOf(analyzeTemplate(s.content), since, (current?.metadata.generation ?? 0) + 1);
      if (!current)
        creates.push({ kind: 'template' as const, id: s.id, name: s.name, scope: SCOPE.sample, spec, status });
      else if (JSON.stringify(current.spec) !== JSON.stringify(spec))
        updates.push({
          kind: 'template' as const,
          id: s.id,
          expectedVersion: current.metadata.resourceVersion,
          spec,
          status,
        });
    }
    const removes = [...stored.values()]
      .filter((t) => !wanted.has(t.metadata.id))
      .map((t) => ({ kind: 'template' as const, id: t.metadata.id, expectedVersion: t.metadata.resourceVersion }));
    if (creates.length + updates.length + removes.length === 0) return;
    try {
      await this.store.resources.applyChanges({ creates, updates, removes, events: [] });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }

  async list(query: {
    tab: TemplateCategory;
    name?: string;
    page: number;
    pageSize: number;
  }): Promise<{ items: TemplateSummary[]; total: number }> {
    const page = await this.store.resources.list<Template>('template', {
      scope: SCOPE[query.tab],
      namePrefix: query.name,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: page.items.map(toSummary), total: page.total };
  }

  async get(id: string): Promise<TemplateDto> {
    const found = await this.store.resources.find<Template>('template', id);
    if (!found) throw new NotFoundError('Template', id);
    return found;
  }

  /** Saves a template under My Templates; refused while the content has errors. */
  async create(input: { name: string; description: string; content: string }): Promise<TemplateDto> {
    const analysis = await this.analyze(input.content);
    assertNoErrors(analysis);
    const since = new Date(this.now()).toISOString();
    return this.store.resources.create(
      'template',
      {
        id: newTemplateId(),
        name: input.name,
        scope: SCOPE.mine,
        spec: { category: 'mine', description: input.description, content: input.content },
        status: statusOf(analysis, since, 1),
      },
      { nameTaken: `A template named ${input.name} already exists in My Templates.` },
    );
  }

  /** Rewrites one's own template from the version the edit was based on (409 when stale or a sample). */
  async update(
    id: string,
    input: { description: string; content: string; resourceVersion: number },
  ): Promise<TemplateDto> {
    const current = await this.get(id);
    if (current.spec.category === 'sample') throw new ConflictError(SAMPLE_READ_ONLY);
    const analysis = await this.analyze(input.content);
    assertNoErrors(analysis);
    const since = new Date(this.now()).toISOString();
    return this.store.resources.update<Template>('template', id, input.resourceVersion, (t) => {
      const spec: TemplateSpec = { ...t.spec, description: input.description, content: input.content };
      const changed = JSON.stringify(spec) !== JSON.stringify(t.spec);
      return { spec, status: statusOf(analysis, since, t.metadata.generation + (changed ? 1 : 0)) };
    });
  }

  async delete(id: string): Promise<void> {
    const current = await this.get(id);
    if (current.spec.category === 'sample') throw new ConflictError(SAMPLE_READ_ONLY);
    await this.store.resources.applyChanges({
      removes: [{ kind: 'template', id, expectedVersion: current.metadata.resourceVersion }],
      events: [],
    });
  }
}
