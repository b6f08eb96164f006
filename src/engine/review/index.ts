/** The post-incident review: its schema, reading it from a file, and the two reports. (The form's draft is the island's.) */
export * from './schema.ts';
export { REVIEW_MIGRATIONS, migrateReview, reviewV1ToV2, type ReviewMigration } from './migrate.ts';
export { fieldName, parseReviewJson, reviewProblems, validateReview, type ReviewParseResult, type ReviewProblem } from './parse.ts';
export { NOT_RECORDED, buildAfterActionReport, buildComplianceReport, type ReportOptions } from './reports.ts';
