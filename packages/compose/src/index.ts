export * from './variables.ts';
export { analyzeTemplate } from './analyze.ts';
export type { AnalyzeOptions, NamedVolume, TemplateAnalysis } from './analyze.ts';
export type { TemplateParameter } from './parameters.ts';
export type { Diagnostic, DocumentPath, Severity, Span } from './diagnostics.ts';
export type { TemplateFormat } from './layout.ts';
export type { ComposeVersion } from './keys.ts';
export { UNSUPPORTED_KEYS } from './keys.ts';
export type { Service, AliyunSettings } from './service.ts';
export type { ExternalService, Link, VolumeMount } from './service-fields.ts';
export type { ExposedPort, PortMapping, Protocol } from './ports.ts';
export type { Affinity, Availability, Constraint, Operator, ReschedulePolicy } from './scheduling.ts';
export type { Probe } from './labels/probe.ts';
export type { RoutingDomain, RoutingRule, RoutingSettings } from './labels/routing.ts';
export { lbOfLabels, proxyOfLabels, routingOfLabels } from './labels/from-record.ts';
export type { LbRule, LbScheme } from './labels/lb.ts';
export type { AutoScaling, ScalingThresholds } from './labels/scaling.ts';
export type { JobSettings, RemoveContainers, TaskSettings } from './labels/batch.ts';
export type { Schedule } from './labels/schedule.ts';
export { SCHEDULE_TIME_ZONE, beijingMinute, crontabProblem, nextRun, nextRuns } from './labels/schedule.ts';
export { explainSchedule } from './labels/schedule-words.ts';
export type { MonitoringSettings } from './labels/monitoring.ts';
export type { ProxySettings, VirtualHost } from './labels/proxy.ts';
export { LABEL_DOCS } from './labels/docs.ts';
export type { LabelDoc } from './labels/docs.ts';
export { templateJsonSchema } from './schema.ts';
export type { JsonSchema } from './schema.ts';
export { SERVICE_KEY_DOCS, TOP_LEVEL_DOCS } from './key-docs.ts';
export {
  listServices,
  addServiceEdit,
  removeServiceEdit,
  replaceServiceEdit,
  readServiceForm,
} from './edits/services-panel.ts';
export type { ServiceBlock } from './edits/services-panel.ts';
export type { ServiceForm } from './edits/form.ts';
export { applyTextEdit } from './edits/text.ts';
export type { TextEdit, TextRange } from './edits/text.ts';
export * from './builders/image-template.ts';
export * from './builders/auto-scaling-labels.ts';
