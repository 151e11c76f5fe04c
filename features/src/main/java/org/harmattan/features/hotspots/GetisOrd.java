package org.harmattan.features.hotspots;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.signum;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Getis-Ord Gi* (Getis and Ord 1992; Ord and Getis 1995) per measure and month, by joins over
 * the neighbour table: for cell i with neighbours j in N(i) (i included) weighted w_ij,
 * {@code Gi* = (sum_j w_ij x_j - xbar * W_i) / (S * sqrt((n * V_i - W_i^2) / (n - 1)))}, where
 * {@code W_i = sum_j w_ij}, {@code V_i = sum_j w_ij^2}, n is the number of cells analysed that
 * month, xbar their mean and S their standard deviation (population form). With binary weights
 * (every w_ij = 1) {@code V_i = W_i = |N(i)|}. Gi* is itself a z-score; p-values are two-sided
 * normal, then adjusted for the false discovery rate (Benjamini and Hochberg 1995) within each
 * measure and month.
 */
public final class GetisOrd {
  /**
   * Spark SQL has no normal CDF or erfc; this UDF calls commons-math3's erfc, which stays accurate
   * for the tiny p-values that the FDR ranking needs (polynomial approximations lose them).
   */
  static final UserDefinedFunction TWO_SIDED_P = udf(
      (UDF1<Double, Double>) z -> z == null ? null : MannKendall.twoSidedP(z), DataTypes.DoubleType);

  private GetisOrd() {}

  /**
   * Gi* rows.
   *
   * @param values {@code measure, prio_gid, month, value}: every analysed cell in every month (zeros included)
   * @param pairs {@code prio_gid, nb_gid} neighbour pairs, each cell its own neighbour, with an optional
   *     {@code weight} column (binary weights without it)
   * @param alpha FDR level deciding {@code significant}
   * @return {@code measure, prio_gid, month, value, neighbours, gi_z, p_value, q_value, significant, hotspot, confidence}
   */
  public static Dataset<Row> compute(Dataset<Row> values, Dataset<Row> pairs, double alpha) {
    List<String> slice = List.of("measure", "month");
    Dataset<Row> stats = values.groupBy("measure", "month").agg(count(lit(1)).as("n"), avg("value").as("xbar"),
        avg(col("value").multiply(col("value"))).as("x2bar"))
        .withColumn("s", sqrt(greatestZero(col("x2bar").minus(col("xbar").multiply(col("xbar"))))));
    Dataset<Row> weighted = List.of(pairs.columns()).contains("weight") ? pairs
        : pairs.withColumn("weight", lit(1.0));
    Dataset<Row> sums = weighted.join(values.select(col("prio_gid").as("nb_gid"), col("measure"), col("month"),
            col("value").as("nb_value")), "nb_gid")
        .groupBy("measure", "prio_gid", "month")
        .agg(sum(col("weight").multiply(col("nb_value"))).as("wsum"), sum("weight").as("w"),
            sum(col("weight").multiply(col("weight"))).as("v"), count(lit(1)).cast("int").as("neighbours"));
    Column n = col("n").cast("double");
    Column w = col("w");
    Column denominator = col("s").multiply(sqrt(n.multiply(col("v")).minus(w.multiply(w)).divide(n.minus(1))));
    Dataset<Row> z = values.join(sums, scalaSeq("measure", "prio_gid", "month"))
        .join(stats, scalaSeq(slice.toArray(String[]::new)))
        .withColumn("gi_z", when(col("n").gt(1).and(denominator.gt(0)),
            col("wsum").minus(col("xbar").multiply(w)).divide(denominator)).otherwise(lit(0.0)))
        .withColumn("p_value", TWO_SIDED_P.apply(col("gi_z")));
    return benjaminiHochberg(z, alpha)
        .select("measure", "prio_gid", "month", "value", "neighbours", "gi_z", "p_value", "q_value", "significant",
            "hotspot", "confidence");
  }

  /**
   * Adds {@code q_value}: the BH-adjusted p-value within measure and month, {@code min over k >= rank
   * of p_(k) * m / k}, capped at 1; then {@code significant}, {@code hotspot} and {@code confidence}.
   */
  static Dataset<Row> benjaminiHochberg(Dataset<Row> z, double alpha) {
    WindowSpec slice = Window.partitionBy("measure", "month");
    WindowSpec ranked = slice.orderBy(col("p_value"), col("prio_gid"));
    Dataset<Row> q = z.withColumn("rank", row_number().over(ranked))
        .withColumn("m", count(lit(1)).over(slice))
        .withColumn("scaled", col("p_value").multiply(col("m")).divide(col("rank")))
        .withColumn("q_value", least(lit(1.0), min("scaled").over(ranked.rowsBetween(Window.currentRow(),
            Window.unboundedFollowing()))));
    Column nonZero = col("gi_z").notEqual(0);
    Column significant = col("q_value").leq(alpha).and(nonZero);
    return q.withColumn("significant", significant)
        .withColumn("hotspot", when(significant, signum(col("gi_z")).cast("int")).otherwise(lit(0)))
        .withColumn("confidence", when(nonZero.and(col("q_value").leq(0.01)), 99)
            .when(nonZero.and(col("q_value").leq(0.05)), 95)
            .when(nonZero.and(col("q_value").leq(0.10)), 90).otherwise(0));
  }

  private static Column greatestZero(Column c) {
    return when(c.gt(0), c).otherwise(lit(0.0));
  }

  static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
