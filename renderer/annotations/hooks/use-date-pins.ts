import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store';
import { placeAnnotations } from '../anchored-annotations';
import { datePinsFromAnnotations, type DatePin } from '../date-pins';

/** The library's article-date pins, for the chart's markers and its list of pinned notes. */
export function useDatePins(): DatePin[] {
  const { annotations, articles } = useAppStore(
    useShallow((state) => ({ annotations: state.annotations, articles: state.articles })),
  );
  return useMemo(
    () => datePinsFromAnnotations(placeAnnotations(annotations, articles), articles),
    [annotations, articles],
  );
}
