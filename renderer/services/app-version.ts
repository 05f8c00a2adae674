// Replaced by Vite's `define` with package.json's version; absent under vitest, hence the typeof guard.
declare const __APP_VERSION__: string | undefined;

/** The app version from package.json, baked in at build time. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
