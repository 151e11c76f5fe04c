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

with DAG(
    dag_id="harmattan_monthly",
    start_date=datetime(2026, 1, 1),
    schedule="0 4 3 * *",  # the 3rd of each month, for the month just closed
    catchup=True,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15)},
    tags=["harmattan"],
) as dag:
    pipeline = SparkSubmitOperator(
        task_id="pipeline",
        application="/opt/harmattan/cli/target/harmattan.jar",
        java_class="org.harmattan.cli.HarmattanCli",
        application_args=[
            "pipeline",
            "--period", "{{ data_interval_start.strftime('%Y-%m') }}",
            "--lakehouse", "s3a://harmattan-lake/prod",
        ],
        conf={
            "spark.driver.extraJavaOptions": JAVA_17_FLAGS,
            "spark.executor.extraJavaOptions": JAVA_17_FLAGS,
            "spark.eventLog.enabled": "true",
            "spark.eventLog.dir": "s3a://harmattan-lake/spark-events",
        },
        env_vars={"HARMATTAN_HOME": "/opt/harmattan"},
    )
