/** The date every test runs on, so that "overdue" and "due soon" never depend on the calendar. */
export const TEST_TODAY = '2026-11-23';
