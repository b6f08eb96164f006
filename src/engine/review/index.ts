/** The post-incident review: its schema, reading it from a file, the form's draft, and the two reports. */
export * from './schema.ts';
export { fieldName, parseReviewJson, reviewProblems, validateReview, type ReviewParseResult, type ReviewProblem } from './parse.ts';
export * from './draft.ts';
export { NOT_RECORDED, buildAfterActionReport, buildComplianceReport, type ReportOptions } from './reports.ts';
