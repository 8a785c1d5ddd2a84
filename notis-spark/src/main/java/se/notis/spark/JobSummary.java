package se.notis.spark;

/**
 * What one run of the {@link AnalysisJob} did.
 *
 * @param documents documents analysed and written
 * @param errors records rejected (in the {@code errors/} table)
 * @param partitions partitions the input was split into
 * @param seconds wall-clock time of the run
 */
public record JobSummary(long documents, long errors, int partitions, double seconds) {
  /** Records (analysed or rejected) per second. */
  public double recordsPerSecond() {
    return seconds > 0 ? (documents + errors) / seconds : 0;
  }
}
