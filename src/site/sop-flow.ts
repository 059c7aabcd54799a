import type { Sop } from '#domain/schema/index.ts';
import { UI } from '#domain/strings.ts';

export interface FlowStep {
  number: number;
  /** "5 hari kerja", or that it is not known. */
  days: string;
  activity: string;
  /** What the stage produces, where the reading of the SOP gives it. */
  output: string | null;
}

/**
 * The SOP as a vertical flow of steps, top to bottom. It is HTML rather than a drawing, so
 * its text wraps at any width and stays the reader's font size on a 320 px phone.
 */
export function sopFlow(sop: Sop): FlowStep[] {
  return sop.stages.map((s) => {
    const d = s.reading.workingDays;
    return {
      number: s.number,
      days: d === null ? UI.sop.flowUnknown : UI.sop.flowDays(d, s.reading.basis === 'derived-from-total'),
      activity: s.activity,
      output: s.reading.output,
    };
  });
}
