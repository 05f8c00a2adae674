import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc-contract';
import { getPlatform } from '../platform/get-platform';

/** The host's AppInfo, fetched once when `isActive` turns true; null while loading or if the host fails. */
export function useAppInfo(isActive: boolean): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (!isActive) return;
    let isCurrent = true;
    void getPlatform()
      .getAppInfo()
      .then((result) => {
        if (isCurrent) setInfo(result.ok ? result.value : null);
      });
    return () => {
      isCurrent = false;
    };
  }, [isActive]);
  return info;
}
