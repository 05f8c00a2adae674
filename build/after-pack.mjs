// @ts-check
// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing, so the
// shipped app cannot be turned into a plain Node runtime or made to load code from outside app.asar.
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import console from 'node:console';
import { join } from 'node:path';
import { LINUX_EXECUTABLE_NAME } from './electron-builder.config.mjs';

/**
 * The path of the Electron executable inside the packed output for one platform.
 * @param {import('electron-builder').AfterPackContext} context
 * @returns {string}
 */
export function electronBinaryPath(context) {
  const productFilename = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${productFilename}.app`);
    case 'win32':
      return join(context.appOutDir, `${productFilename}.exe`);
    default:
      return join(context.appOutDir, LINUX_EXECUTABLE_NAME);
  }
}

/**
 * Sets every fuse explicitly (strictlyRequireAllFuses fails the build if Electron adds one we did not decide on).
 * @param {import('electron-builder').AfterPackContext} context
 * @returns {Promise<void>}
 */
export default async function afterPack(context) {
  const binaryPath = electronBinaryPath(context);
  await flipFuses(binaryPath, {
    version: FuseVersion.V1,
    // The ad-hoc signature breaks when the binary changes; macOS arm64 refuses to run it unsigned.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    strictlyRequireAllFuses: true,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The renderer is served from app://, so file:// needs none of its legacy extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    [FuseV1Options.WasmTrapHandlers]: true,
  });
  console.log(`[after-pack] fuses flipped in ${binaryPath}`);
}
