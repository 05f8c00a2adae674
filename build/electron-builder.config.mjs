// @ts-check
// electron-builder configuration (type-checked by `tsc -p build`). Run: npx electron-builder --config build/electron-builder.config.mjs
// Packaging downloads Electron, so it runs on release machines, not in this offline CI.

/** The Linux executable name, shared with the afterPack hook that flips the fuses in it. */
export const LINUX_EXECUTABLE_NAME = 'kursnotiz';

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'de.kursnotiz.app',
  productName: 'Kursnotiz',
  copyright: 'Copyright © 2026 Kursnotiz',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the compiled app: sources, tests and seeds stay out of the package (vite copies what the renderer needs).
  files: ['out/**', 'package.json', '!**/*.map'],
  asar: true,
  // The fuses enforce that the app only loads from an integrity-checked app.asar.
  afterPack: './build/after-pack.mjs',
  electronLanguages: ['de', 'en-US', 'en-GB'],
  icon: 'build/icon.png',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: LINUX_EXECUTABLE_NAME,
    synopsis: 'Annotate German Alibaba news on a price chart',
  },
  deb: { packageCategory: 'office' },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.finance',
    hardenedRuntime: true,
  },
  dmg: { sign: false },
  win: { target: ['nsis'] },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    deleteAppDataOnUninstall: false,
  },
};

export default config;
