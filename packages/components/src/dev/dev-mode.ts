/**
 * True in the development build (the `development` export condition) and in tests.
 * The production build replaces this module with one that exports `false`, so warnings cost nothing there.
 */
export const DEV_MODE: boolean = true;
