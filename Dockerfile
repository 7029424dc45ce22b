# syntax=docker/dockerfile:1
# Production image: built with the project's Maven wrapper, run on a JRE with a 256 MB heap.
# The embedded PostgreSQL (zonky) is left out of the jar: the image always uses SPRING_DATASOURCE_URL.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
    && ./mvnw -B -ntp -DskipTests package \
    && cp target/boiduong-*.jar /workspace/app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system boiduong && useradd --system --gid boiduong --home-dir /app --no-create-home boiduong
WORKDIR /app
COPY --from=build /workspace/app.jar /app/app.jar
USER boiduong
EXPOSE 8080
ENV TZ=Asia/Ho_Chi_Minh
ENTRYPOINT ["java", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
