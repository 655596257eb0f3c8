/**
 * The overview's three chart panels (summary, legend, table and the slot for the chart), the briefing list and
 * the note on how the figures are counted, and «Bygg inn» (whose snippet loads on its click), loaded
 * together as one chunk after the key figures, so that a first visit stays within its budget. The
 * charts themselves (recharts) are a further lazy chunk that each panel loads.
 */
export { AreaProgressSection } from './area-progress-section';
export { BriefingSection } from './briefing-section';
export { BurnUpSection } from './burn-up-section';
export { OverviewCountingNote } from './counting-note';
export { DeadlineSection } from './deadline-section';
export { EmbedTool } from './embed-tool';
