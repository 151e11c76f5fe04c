"""Example Airflow DAG: the monthly Harmattan pipeline under spark-submit on a cluster.

The jar is cli/target/harmattan.jar (bin/harmattan builds it). Master, lakehouse and storage
credentials come from configuration only (HARMATTAN_* environment or --conf), so the same DAG
serves a standalone, YARN or Kubernetes cluster. Each run is idempotent per period: Airflow
retries and backfills (`airflow dags backfill harmattan_monthly -s 2026-01-01 -e 2026-10-01`)
change nothing twice.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

JAVA_17_FLAGS = " ".join(
    f"--add-opens=java.base/{p}=ALL-UNNAMED"
    for p in ["java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
              "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
              "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar"]
) + " -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"

LAKEHOUSE = "s3a://harmattan-lake/prod"


def harmattan(task_id, args, extra_conf=None):
    """One harmattan command under spark-submit, with the JVM flags Spark needs on Java 17."""
    return SparkSubmitOperator(
        task_id=task_id,
        application="/opt/harmattan/cli/target/harmattan.jar",
        java_class="org.harmattan.cli.HarmattanCli",
        application_args=args + ["--lakehouse", LAKEHOUSE],
        conf={
            "spark.driver.extraJavaOptions": JAVA_17_FLAGS,
            "spark.executor.extraJavaOptions": JAVA_17_FLAGS,
            **(extra_conf or {}),
        },
        env_vars={"HARMATTAN_HOME": "/opt/harmattan"},
    )


with DAG(
    dag_id="harmattan_monthly",
    start_date=datetime(2026, 1, 1),
    schedule="0 4 3 * *",  # the 3rd of each month, for the month just closed
    catchup=True,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15)},
    tags=["harmattan"],
) as dag:
    pipeline = harmattan(
        "pipeline",
        ["pipeline", "--period", "{{ data_interval_start.strftime('%Y-%m') }}"],
        {"spark.eventLog.enabled": "true", "spark.eventLog.dir": "s3a://harmattan-lake/spark-events"},
    )

# Quarterly table maintenance (README, "Table maintenance"): on the 10th of January, April, July
# and October, a week after the monthly pipeline, since an OPTIMIZE and a MERGE on one table at
# once can make one of them fail. max_active_runs=1 and no catch-up: one compaction at a time, and
# a missed quarter is simply done by the next one.
with DAG(
    dag_id="harmattan_maintenance",
    start_date=datetime(2026, 1, 1),
    schedule="0 5 10 1,4,7,10 *",
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(hours=1)},
    tags=["harmattan"],
) as maintenance:
    # Add "--vacuum" to free the disk, at the cost of rebuilding reports older than the retention
    # (harmattan.maintenance.vacuum-retention-hours, 7 days).
    optimize = harmattan("optimize", ["optimize"])
