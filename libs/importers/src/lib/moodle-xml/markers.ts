/**
 * HTML comments the exporter writes so a Pathwise → Moodle → Pathwise round trip restores what
 * Moodle has no field for. Moodle keeps and never shows them; files without them import normally.
 */
export const TEXT_MARKER = '<!--pathwise:text-->';
export const PARTS_MARKER = '<!--pathwise:parts-->';
export const RUBRIC_MARKER_START = '<!--pathwise:rubric:';
export const RUBRIC_MARKER_END = '-->';
