/** The version of `@rectify/service` (a test keeps it equal to package.json). */
export const SERVICE_VERSION = '0.1.0';
