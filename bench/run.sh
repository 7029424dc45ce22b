#!/usr/bin/env bash
# The benchmark of DESIGN §8 (see docs/benchmarks.md): builds the jar, prepares a PostgreSQL database,
# starts the application in a 256 MB heap, generates the province (bench/generate.sql), signs in and
# measures each scenario with wrk. Loopback only; everything it starts is stopped at the end.
# Results: target/bench/results.md (and the raw wrk output beside it).
#
# Environment (all optional):
#   BENCH_DURATION=20s     measured time of each scenario
#   BENCH_WARMUP=10s       unmeasured warm-up before each scenario
#   BENCH_SKIP_BUILD=1     use the jar already in target/
#   BENCH_PORT=18080       the application's port (on 127.0.0.1)
#   BENCH_PG=auto          auto: the machine's PostgreSQL on 127.0.0.1:5432 if it answers, otherwise a private
#                          server; machine: only the former; private: initdb a throw-away server under
#                          target/bench/pgdata on port BENCH_PG_PORT (55432)
#   BENCH_PGUSER=postgres  a superuser (or a role that may create databases) of the machine's server
#   BENCH_PGPASSWORD=      its password, if it needs one
#   BENCH_DB=boiduong_bench  the database, dropped and created again on every run
#   BENCH_APP_ARGS=        extra arguments for the application (an experiment, e.g. a property to compare)
#   BENCH_PROFILE="course-list-province course-page-province"
#                          scenarios (any of section 7, e.g. attendance-page-250 attendance-save-250 registry-search)
#                          recorded with Java Flight Recorder, run again after the measurements (the
#                          recorder's own cost stays out of the figures): target/bench/profile-<name>.jfr and
#                          the hottest frames in profile-<name>.txt
#   BENCH_IMPORTS=5        measured imports of a 250-row learner list (after one unmeasured)
#   BENCH_SCENARIOS=       only these scenarios of section 7 (names as in results.md, e.g. "course-page-district
#                          registry-search"; "import" for the imports); 32-connection runs only with "c32"
#   BENCH_UNITS=1500       size of the generated province: 10000 adds grassroots organizations and party
#                          cells under each district until the province has about that many units
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/bench
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-10s}
PORT=${BENCH_PORT:-18080}
BASE=http://127.0.0.1:$PORT
DB=${BENCH_DB:-boiduong_bench}
PG_MODE=${BENCH_PG:-auto}
PGUSER_=${BENCH_PGUSER:-postgres}
export PGPASSWORD=${BENCH_PGPASSWORD:-}
ADMIN=bench.admin
PASSWORD=Bench-59-mat-khau
SESSIONS=16   # signed-in sessions per account, taken in turn by the requests
PROFILE=${BENCH_PROFILE-course-list-province course-page-province}
UNITS=${BENCH_UNITS:-1500}

mkdir -p "$OUT"
rm -f "$OUT"/profile-*.jfr "$OUT"/profile-*.txt "$OUT"/wrk-*.txt "$OUT"/*.paths "$OUT"/*.cookies "$OUT"/*.csrf "$OUT"/cookies-*.jar \
	"$OUT"/results.md "$OUT"/import-*.xlsx "$OUT"/import-*.html "$OUT"/attendance-page*.html

APP_PID=
PRIVATE_PG=
cleanup() {
	local rc=$?
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		echo "== stopping the application (pid $APP_PID)"
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	if [[ -n $PRIVATE_PG ]]; then
		echo "== stopping the private PostgreSQL"
		"$PG_BIN/pg_ctl" -D "$OUT/pgdata" -m fast -w stop >/dev/null 2>&1 || true
	fi
	exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in wrk curl psql java; do
	command -v $tool >/dev/null || { echo "bench: '$tool' is missing (apt-get install -y wrk curl postgresql-client)"; exit 2; }
done

started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- 1. the jar ---------------------------------------------------------------------------------
if [[ ${BENCH_SKIP_BUILD:-} != 1 ]]; then
	echo "== building the jar"
	./mvnw -q -B -DskipTests package
fi
JAR=$(ls target/boiduong-*.jar | grep -v -- '-plain\|original' | head -1)

# ---- 2. PostgreSQL ------------------------------------------------------------------------------
# The production jar does not contain the embedded PostgreSQL (zonky is excluded from the repackage),
# and the benchmark should measure the production jar: it runs against a real server instead.
PG_HOST=127.0.0.1
if [[ $PG_MODE != private ]] && psql -h 127.0.0.1 -p 5432 -U "$PGUSER_" -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
	PG_PORT=5432
	PG_KIND="the machine's PostgreSQL on 127.0.0.1:5432 ($(psql -h 127.0.0.1 -U "$PGUSER_" -d postgres -Atqc 'show server_version'))"
elif [[ $PG_MODE == machine ]]; then
	echo "bench: no PostgreSQL answers on 127.0.0.1:5432 as $PGUSER_"; exit 2
else
	PG_BIN=$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
	PG_PORT=${BENCH_PG_PORT:-55432}
	PGUSER_=postgres
	echo "== starting a private PostgreSQL on 127.0.0.1:$PG_PORT ($OUT/pgdata)"
	rm -rf "$OUT/pgdata"
	"$PG_BIN/initdb" -D "$OUT/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$OUT/initdb.log"
	"$PG_BIN/pg_ctl" -D "$OUT/pgdata" -l "$OUT/postgres.log" -w \
		-o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $OUT -c shared_buffers=128MB" start >/dev/null
	PRIVATE_PG=1
	PG_KIND="a private PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') started from $PG_BIN on 127.0.0.1:$PG_PORT"
fi
PSQL=(psql -h $PG_HOST -p "$PG_PORT" -U "$PGUSER_" -v ON_ERROR_STOP=1 -X -q)
echo "== database $DB on $PG_KIND"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)"
"${PSQL[@]}" -d postgres -c "create database $DB encoding 'UTF8' template template0"

# ---- 3. the application -------------------------------------------------------------------------
if curl -s -o /dev/null "$BASE/"; then
	echo "bench: something already listens on $BASE (set BENCH_PORT)"; exit 2
fi
echo "== starting the application ($JAR, -Xmx256m, $BASE)"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" \
SPRING_DATASOURCE_USERNAME="$PGUSER_" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
APP_ADMIN_USERNAME=$ADMIN APP_ADMIN_PASSWORD=$PASSWORD APP_ROOT_UNIT_NAME='Tỉnh ủy Tỉnh Mẫu' \
	java -Xmx256m -XX:FlightRecorderOptions:stackdepth=256 -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
	--logging.level.root=WARN --logging.level.vn.boiduong=INFO ${BENCH_APP_ARGS:-} >"$OUT/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 180); do
	if curl -sf -o /dev/null "$BASE/actuator/health/readiness"; then break; fi
	if ! kill -0 "$APP_PID" 2>/dev/null; then echo "bench: the application died, see $OUT/app.log"; tail -30 "$OUT/app.log"; exit 1; fi
	if [[ $i == 180 ]]; then echo "bench: the application did not become ready in 180 s"; exit 1; fi
	sleep 1
done

# ---- 4. the generated province ------------------------------------------------------------------
echo "== generating the province"
gen_start=$(date +%s)
"${PSQL[@]}" -d "$DB" -v units="$UNITS" -f bench/generate.sql | tee "$OUT/generate.log"
gen_seconds=$(( $(date +%s) - gen_start ))
counts=$("${PSQL[@]}" -d "$DB" -Atc "select format('%s units, %s accounts, %s courses, %s sessions, %s opinions, %s timeline steps',
	(select count(*) from org_unit), (select count(*) from user_account), (select count(*) from course),
	(select count(*) from class_session), (select count(*) from concurrence), (select count(*) from course_step))")
counts_learners=$("${PSQL[@]}" -d "$DB" -Atc "select format('%s learners, %s confirmed enrolments (%s rows), %s taken attendance sheets with %s attendances (learner x session), %s of them stored as marks (present is no row)',
	(select count(*) from learner), (select count(*) from enrollment where confirmed_at is not null and removed_at is null),
	(select count(*) from enrollment), (select count(*) from attendance_sheet where taken_at is not null),
	(select count(*) from attendance_sheet s join class_session cs on cs.id = s.class_session_id join enrollment e
	   on e.course_id = s.course_id and e.confirmed_at is not null and e.removed_at is null
	   and (e.attends_from is null or e.attends_from <= cs.session_date)),
	(select count(*) from attendance_mark))")

# ---- 5. sign in ---------------------------------------------------------------------------------
# One line per session: the Cookie header value. Every session is a real sign-in through /login.
signin() {
	local user=$1 jar csrf location
	jar=$(mktemp "$OUT/cookies-XXXX.jar")
	csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
	location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$user" \
		--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login")
	if [[ $location == *login* || -z $location ]]; then echo "bench: sign-in of $user failed ($location)" >&2; exit 1; fi
	# one page first, alone: it stores the session's CSRF token. Concurrent first requests of one session
	# would both insert that attribute, and Spring Session JDBC answers the loser with a 500
	# (duplicate key on spring_session_attributes_pk, spring-projects/spring-session#1213, #2564)
	# its token goes beside the cookie, line for line, for the scenarios that post (the page's <meta name="_csrf">)
	curl -s -b "$jar" "$BASE/courses" | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//' \
		>>"$OUT/$user.csrf"
	awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
	rm -f "$jar"
}
for user in bench.tuyengiao bench.tinh bench.canbo; do
	for _ in $(seq 1 $SESSIONS); do signin $user; done >"$OUT/$user.cookies"
done
# the centre staff of the other districts with a class in progress (generate.sql: in_progress), who save
# their classes' attendance in attendance-save-250: two sessions each
for user in $("${PSQL[@]}" -d "$DB" -Atc "select distinct a.username from course c
		join role_assignment r on r.unit_id = c.political_centre_unit_id and r.role = 'CENTRE_STAFF'
		join user_account a on a.id = r.user_id where c.status = 'IN_PROGRESS' and a.username <> 'bench.canbo' order by 1"); do
	for _ in 1 2; do signin "$user"; done >"$OUT/$user.cookies"
done

# ---- 6. what the scenarios request --------------------------------------------------------------
sql() { "${PSQL[@]}" -d "$DB" -Atc "$1"; }
echo /actuator/health/liveness >"$OUT/trivial.paths"
echo /courses >"$OUT/list.paths"
sql "select '/courses?year=' || y || coalesce('&status=' || s, '') || '&q=' -- the search word, every byte percent-encoded (Vietnamese)
	       || regexp_replace(upper(encode(convert_to(w, 'UTF8'), 'hex')), '(..)', '%\1', 'g')
	from generate_series(extract(year from current_date)::int - 3, extract(year from current_date)::int + 1) y,
	     unnest(array['ACKNOWLEDGED', 'APPROVED', null]) s,
	     unnest(array['An', 'Bình', 'Phú', 'Tân', 'Vĩnh', 'đợt 2', 'Sơn', 'Lộc', 'Hưng', 'Điền']) w" >"$OUT/search.paths"
sql "select '/courses/' || c.id from course c join org_unit u on u.id = c.organizing_unit_id where u.short_name = 'H001'
	order by c.id" >"$OUT/district-courses.paths"
sql "select '/courses/' || id from course order by id" >"$OUT/province-courses.paths"
# issue 9: the attendance page of the sessions (up to today) of district 1's class of 250 in progress, which
# bench.canbo (its political centre's staff) takes
sql "select '/courses/' || c.id || '/sessions/' || s.id || '/attendance' from course c
	join org_unit u on u.id = c.organizing_unit_id join class_session s on s.course_id = c.id
	where u.short_name = 'H001' and c.status = 'IN_PROGRESS' and s.session_date <= current_date and s.kind <> 'SELF_STUDY'
	  and (select count(*) from enrollment e where e.course_id = c.id and e.confirmed_at is not null and e.removed_at is null) = 250
	order by s.id" >"$OUT/attendance-250.paths"
# saving the 250 marks of a sheet: every session up to today of the classes of 250 in progress, each saved by
# its centre's staff (one signed-in session of theirs per sheet): URL, cookie, CSRF token, version, learners
sql "select c.id, s.id, a.username, coalesce(sh.version, 0),
	        (select string_agg(e.learner_id::text, ',' order by e.learner_id) from enrollment e
	         where e.course_id = c.id and e.confirmed_at is not null and e.removed_at is null)
	from course c join class_session s on s.course_id = c.id
	join role_assignment r on r.unit_id = c.political_centre_unit_id and r.role = 'CENTRE_STAFF'
	join user_account a on a.id = r.user_id
	left join attendance_sheet sh on sh.class_session_id = s.id
	where c.status = 'IN_PROGRESS' and s.session_date <= current_date and s.kind <> 'SELF_STUDY'
	  and (select count(*) from enrollment e where e.course_id = c.id and e.confirmed_at is not null and e.removed_at is null) = 250
	order by c.id, s.id" | while IFS='|' read -r course session user version learners; do
	n=$(( session % $(wc -l <"$OUT/$user.cookies") + 1 ))
	printf '/courses/%s/sessions/%s/attendance\t%s\t%s\t%s\t%s\n' "$course" "$session" \
		"$(sed -n "${n}p" "$OUT/$user.cookies")" "$(sed -n "${n}p" "$OUT/$user.csrf")" "$version" "$learners"
done >"$OUT/attendance-save.paths"
# the learner registry searched by a name typed without diacritics (the province sees its 120,000 learners,
# a district its 1,200)
printf '/learners?q=%s\n' nguyen+van tran+thi hung lan pham+minh le+thi+thu vo dang+van ngoc+anh thanh huynh thao \
	quoc bui+duc phuong duong+thi tuan hoang+anh mai nguyen+thi+hong >"$OUT/registry.paths"

# every scenario must answer 200 with a real page before it is measured
check() {
	local path=$1 cookie=$2 expect=$3 body
	body=$(curl -s --compressed -H "Cookie: $cookie" -w '\nHTTP %{http_code}' "$BASE$path")
	if [[ $body != *"HTTP 200" || $body != *"$expect"* ]]; then
		echo "bench: $path does not answer 200 with '$expect':"; echo "$body" | tail -5; exit 1
	fi
}
DC=$(head -1 "$OUT/bench.tuyengiao.cookies"); PC=$(head -1 "$OUT/bench.tinh.cookies")
check /actuator/health/liveness "" UP
check /courses "$DC" "Lớp bồi dưỡng"
check /courses "$PC" "Lớp bồi dưỡng"
check "$(head -1 "$OUT/search.paths")" "$PC" "Lớp bồi dưỡng"
check "$(head -1 "$OUT/district-courses.paths")" "$DC" "Bài 6"
check "$(tail -1 "$OUT/province-courses.paths")" "$PC" "Bài 6"
# a course page renders in every status the generator wrote
for id in $(sql "select min(id) from course group by status order by 1"); do check "/courses/$id" "$PC" "Bài 6"; done
check "$(head -1 "$OUT/attendance-250.paths")" "$(head -1 "$OUT/bench.canbo.cookies")" 'class="mark-name"'
if [[ $(curl -s --compressed -H "Cookie: $(head -1 "$OUT/bench.canbo.cookies")" "$BASE$(head -1 "$OUT/attendance-250.paths")" \
	| grep -c 'class="mark-name"') != 250 ]]; then echo "bench: the attendance page does not list 250 learners"; exit 1; fi
check "$(head -1 "$OUT/registry.paths")" "$PC" "học viên"
check "$(head -1 "$OUT/registry.paths")" "$DC" "học viên"
save_check=$(BENCH_PATHS=$OUT/attendance-save.paths wrk -t1 -c1 -d1s -s bench/wrk/attendance-save.lua "$BASE" | grep BENCH_RESULT)
if [[ $save_check != *" non200=0 "* || $save_check == *"requests=0 "* ]]; then
	echo "bench: saving attendance does not answer 200: $save_check"; exit 1
fi
sessions_per_page=$(sql "select count(*) from class_session where course_id =
	(select min(c.id) from course c join org_unit u on u.id = c.organizing_unit_id where u.short_name = 'H001')")

# The attendance page's size: the HTML of a 250-learner session compressed (≤ 15 KB), and with everything a
# first visit loads (stylesheets, scripts, icon, and the fonts the stylesheets name; ≤ 90 KB), as sent with
# Accept-Encoding: gzip. 1 KB = 1024 bytes, as AttendancePageSizeTests counts. Measured before the scenarios, on
# the sheet as generated (a few learners late or absent); again after attendance-save-250, which leaves every
# learner of the sheet marked with a remark.
echo "== the attendance page's size"
page_url=$(head -1 "$OUT/attendance-250.paths")
wire() { curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Cookie: $(head -1 "$OUT/bench.canbo.cookies")" "$BASE$1"; }
curl -s --compressed -H "Cookie: $(head -1 "$OUT/bench.canbo.cookies")" "$BASE$page_url" >"$OUT/attendance-page.html"
page_raw=$(wc -c <"$OUT/attendance-page.html")
page_gz=$(wire "$page_url")
first_visit=$page_gz
SIZE_ROWS=("| the page (HTML) | $page_raw | $page_gz |")
for asset in $(grep -o '<link[^>]*href="/[^"]*"\|<script[^>]*src="/[^"]*"\|<img[^>]*src="/[^"]*"' "$OUT/attendance-page.html" \
		| grep -o '\(href\|src\)="/[^"]*"' | sed 's/.*="//; s/"$//' | sort -u); do
	gz=$(wire "$asset"); raw=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$asset")
	first_visit=$(( first_visit + gz )); SIZE_ROWS+=("| $asset | $raw | $gz |")
	if [[ $asset == *.css ]]; then
		for font in $(curl -s "$BASE$asset" | grep -o 'url([^)]*)' | sed "s/url(//; s/)$//; s/[\"']//g" | grep -v '^data:' | sort -u); do
			[[ $font == /* ]] || font=$(dirname "$asset")/$font
			gz=$(wire "$font"); raw=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$font")
			first_visit=$(( first_visit + gz )); SIZE_ROWS+=("| $font | $raw | $gz |")
		done
	fi
done
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
size_verdict() { if (( $1 <= $2 * 1024 )); then echo ok; else echo MISSED; fi; }
echo "   page $(kb "$page_gz") KB compressed, first visit $(kb "$first_visit") KB"

# ---- 7. measure ---------------------------------------------------------------------------------
ROWS=()
TICK=$(getconf CLK_TCK)
# CPU time (ms) used so far by the application, and by the PostgreSQL backends serving its database
app_cpu() { awk -v t="$TICK" '{ print ($14 + $15) * 1000 / t }' /proc/$APP_PID/stat; }
db_cpu() {
	local total=0 p
	for p in $(pgrep -f "postgres: (.*: )?[^ ]+ $DB " || true); do
		total=$(awk -v s="$total" -v t="$TICK" '{ print s + ($14 + $15) * 1000 / t }' /proc/$p/stat 2>/dev/null || echo "$total")
	done
	echo "$total"
}
# Flight recorder settings: the JDK's "profile", sampling Java stacks every millisecond (not 10 or 20 ms)
sed '/name="jdk.ExecutionSample"/,/<\/event>/ s/<setting name="period"\([^>]*\)>[^<]*</<setting name="period"\1>1 ms</' \
	"$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" >"$OUT/bench.jfc"
# The hottest frames of a flight recording: top frames by own samples, and application frames
# (vn.boiduong) by samples under them, each as a share of all execution samples.
hot_frames() {
	jfr print --events jdk.ExecutionSample --stack-depth 64 "$1" | awk '
		BEGIN {
			split("org.thymeleaf.spring6.view.ThymeleafView.render org.springframework.security.web.FilterChainProxy.doFilter " \
				"org.springframework.session.web.http.SessionRepositoryFilter.doFilterInternal " \
				"org.springframework.web.servlet.DispatcherServlet.doDispatch org.hibernate. org.postgresql. " \
				"org.springframework.context.support.AbstractMessageSource.getMessage org.springframework.expression.spel " \
				"java.io.ObjectInputStream.readObject org.apache.catalina.connector.CoyoteAdapter.service", ms, " ")
			for (i in ms) markers[ms[i]] = 1
		}
		/jdk.ExecutionSample/ { n++; first = 1; delete seen; next }
		/line:/ {
			sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, "")
			if (first) { self[$0]++; first = 0 }
			if ($0 ~ /^vn\.boiduong/ && !($0 in seen)) { seen[$0] = 1; total[$0]++ }
			for (m in markers) if (index($0, m) == 1 && !(("m" m) in seen)) { seen["m" m] = 1; inside[m]++ }
		}
		END {
			printf "%d execution samples\n\n== top frames (own samples)\n", n
			for (f in self) printf "%5.1f%%  %s\n", 100 * self[f] / n, f | "sort -rn | head -40"
			close("sort -rn | head -40")
			printf "\n== application frames (samples under them)\n"
			for (f in total) printf "%5.1f%%  %s\n", 100 * total[f] / n, f | "sort -rn | head -40"
			close("sort -rn | head -40")
			printf "\n== framework parts (samples under them; a prefix counts once a sample)\n"
			for (m in inside) printf "%5.1f%%  %s\n", 100 * inside[m] / n, m | "sort -rn"
		}'
}
scenario() {
	local name=$1 conns=$2 paths=$3 cookies=$4 account=$5 target=$6 script=bench/wrk/${7:-scenario}.lua line req dur rps p50 p95 p99 max non200 other verdict
	if [[ -n ${BENCH_SCENARIOS:-} ]] && { [[ " $BENCH_SCENARIOS " != *" $name "* ]] \
			|| { [[ $conns != 8 ]] && [[ " $BENCH_SCENARIOS " != *" c32 "* ]]; }; }; then
		return 0
	fi
	export BENCH_PATHS=$OUT/$paths.paths BENCH_COOKIES=${cookies:+$OUT/$cookies.cookies}
	if [[ $paths == trivial ]]; then export BENCH_ACCEPT='*/*'; else unset BENCH_ACCEPT; fi
	wrk -t2 -c"$conns" -d"$WARMUP" --timeout 10s -s "$script" "$BASE" >/dev/null
	local cpu0 db0 cpu1 db1 appms dbms
	cpu0=$(app_cpu); db0=$(db_cpu)
	wrk -t2 -c"$conns" -d"$DURATION" --timeout 10s --latency -s "$script" "$BASE" \
		>"$OUT/wrk-$name-c$conns.txt"
	cpu1=$(app_cpu); db1=$(db_cpu)
	line=$(grep BENCH_RESULT "$OUT/wrk-$name-c$conns.txt")
	val() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$line"; }
	req=$(val requests); dur=$(val duration_us); non200=$(val non200); other=$(val other_errors)
	rps=$(awk -v r="$req" -v d="$dur" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
	ms() { awk -v u="$(val "$1")" 'BEGIN { printf "%.1f", u / 1000 }'; }
	appms=$(awk -v a="$cpu0" -v b="$cpu1" -v r="$req" 'BEGIN { printf "%.1f", r ? (b - a) / r : 0 }')
	dbms=$(awk -v a="$db0" -v b="$db1" -v r="$req" 'BEGIN { printf "%.1f", r ? (b - a) / r : 0 }')
	p50=$(ms p50_us); p95=$(ms p95_us); p99=$(ms p99_us); max=$(ms max_us)
	if [[ $non200 != 0 || $other != 0 ]]; then verdict="INVALID ($non200 not 200 (first: $(val first_status)), $other errors)"
	elif [[ $target == - ]]; then verdict=-
	elif awk -v p="$p95" -v t="$target" 'BEGIN { exit !(p <= t) }'; then verdict=ok
	else verdict=MISSED; fi
	ROWS+=("| $name | $account | $conns | $(wc -l <"$BENCH_PATHS") | $req | $rps | $p50 | **$p95** | $p99 | $max | $appms | $dbms | $( [[ $target == - ]] && echo - || echo "≤ $target" ) | $verdict |")
	echo "   ${ROWS[-1]}"
}
# The JIT compiles what the pages run only after many requests: every page scenario is first run once,
# unmeasured, for BENCH_WARMUP, so that the first measured scenario does not pay for the others' warm-up.
echo "== warming up every page scenario ($WARMUP each)"
for warm in "list bench.tuyengiao" "list bench.tinh" "search bench.tinh" "district-courses bench.tuyengiao" "province-courses bench.tinh" \
		"attendance-250 bench.canbo" "attendance-save - attendance-save" "registry bench.tinh" "registry bench.tuyengiao"; do
	set -- $warm
	BENCH_PATHS=$OUT/$1.paths BENCH_COOKIES=$OUT/$2.cookies \
		wrk -t2 -c8 -d"$WARMUP" --timeout 10s -s "bench/wrk/${3:-scenario}.lua" "$BASE" >/dev/null
done
echo "== measuring ($DURATION a scenario after $WARMUP of warm-up)"
scenario trivial 8 trivial "" "(none)" -
scenario course-list-district 8 list bench.tuyengiao bench.tuyengiao 30
scenario course-list-province 8 list bench.tinh bench.tinh 30
scenario course-search-province 8 search bench.tinh bench.tinh 30
scenario course-page-district 8 district-courses bench.tuyengiao bench.tuyengiao 30
scenario course-page-province 8 province-courses bench.tinh bench.tinh 30
# issue 9: the attendance page of a 250-learner session (p95 ≤ 50 ms, ≤ 6 ms CPU), saving its 250 marks
# (p95 ≤ 100 ms), the learner registry's search (p95 ≤ 30 ms, ≤ 2.5 ms CPU)
scenario attendance-page-250 8 attendance-250 bench.canbo bench.canbo 50
scenario attendance-save-250 8 attendance-save "" "the $(wc -l <"$OUT/attendance-save.paths") sheets' centre staff" 100 attendance-save
scenario registry-search 8 registry bench.tinh bench.tinh 30
scenario registry-search-district 8 registry bench.tuyengiao bench.tuyengiao 30
# Dashboard, exports and PDFs: added by their issues (DESIGN §8).
scenario trivial 32 trivial "" "(none)" -
scenario course-list-province 32 list bench.tinh bench.tinh -
scenario course-search-province 32 search bench.tinh bench.tinh -
scenario course-page-province 32 province-courses bench.tinh bench.tinh -

# ---- 7a. what is not a wrk scenario (issue 9) -----------------------------------------------------
page_gz_marked=$(wire "$page_url")
# Importing a 250-row learner list (≤ 1 s): the application's template for district 1, filled by
# bench/LearnerList.java (POI from the jar), uploaded, previewed and confirmed by bench.tuyengiao, as a
# browser does it (upload, the redirect to the preview, confirm); a new list (new people) each time: one
# unmeasured, then BENCH_IMPORTS measured.
IMPORTS=${BENCH_IMPORTS:-5}
echo "== importing 250-row learner lists (1 + $IMPORTS)"
rm -rf "$OUT/lib"; mkdir -p "$OUT/lib"
unzip -q -o -j "$JAR" 'BOOT-INF/lib/poi*' 'BOOT-INF/lib/xmlbeans*' 'BOOT-INF/lib/commons-*' 'BOOT-INF/lib/log4j-api*' \
	'BOOT-INF/lib/SparseBitSet*' 'BOOT-INF/lib/curvesapi*' -d "$OUT/lib"
IC=$(head -1 "$OUT/bench.tuyengiao.cookies"); ICSRF=$(head -1 "$OUT/bench.tuyengiao.csrf")
import_unit=$(sql "select id from org_unit where short_name = 'H001'")
curl -sf -H "Cookie: $IC" -o "$OUT/import-template.xlsx" "$BASE/learners/import/template?unit=$import_unit"
IMPORT_ROWS=(); IMPORT_TOTALS=()
for i in $(seq 0 "$IMPORTS"); do
	java -cp "$OUT/lib/*" bench/LearnerList.java "$OUT/import-template.xlsx" "$OUT/import-$i.xlsx" 250 "$(( 1000 + i ))" 2>/dev/null
	before=$(sql "select count(*) from learner")
	up=$(curl -s -o "$OUT/import-upload.html" -w '%{http_code} %{time_total} %{redirect_url}' -H "Cookie: $IC" -H "X-CSRF-TOKEN: $ICSRF" \
		-F unit="$import_unit" -F "file=@$OUT/import-$i.xlsx" "$BASE/learners/import")
	preview_url=${up##* }
	if [[ $up != 302* || $preview_url != */learners/import/* ]]; then echo "bench: the upload was refused ($up, see $OUT/import-upload.html)"; exit 1; fi
	pv=$(curl -s -o "$OUT/import-preview.html" -w '%{http_code} %{time_total}' -H "Cookie: $IC" "$preview_url")
	cf=$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}' -X POST -H "Cookie: $IC" -H "X-CSRF-TOKEN: $ICSRF" "$preview_url")
	added=$(( $(sql "select count(*) from learner") - before ))
	if [[ $pv != 200* || $cf != 302* || $cf == *import* || $added != 250 ]]; then
		echo "bench: import $i failed (preview $pv, confirm $cf, $added learners added)"; exit 1
	fi
	set -- $up; t_up=$2; set -- $pv; t_pv=$2; set -- $cf; t_cf=$2
	total=$(awk -v a="$t_up" -v b="$t_pv" -v c="$t_cf" 'BEGIN { printf "%.0f", (a + b + c) * 1000 }')
	ms3() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }
	echo "   import $i: upload $(ms3 "$t_up") ms, preview $(ms3 "$t_pv") ms, confirm $(ms3 "$t_cf") ms: $total ms"
	if (( i > 0 )); then
		IMPORT_ROWS+=("| $i | $(ms3 "$t_up") | $(ms3 "$t_pv") | $(ms3 "$t_cf") | **$total** |"); IMPORT_TOTALS+=("$total")
	fi
done
import_median=$(printf '%s\n' "${IMPORT_TOTALS[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
import_max=$(printf '%s\n' "${IMPORT_TOTALS[@]}" | sort -n | tail -1)

# Profiles, after the measurements (recording costs CPU, so it is not part of the measured figures): the
# scenarios named in BENCH_PROFILE, each run again for BENCH_DURATION at 8 connections under the recorder.
profile() {
	local name=$1 paths=$2 cookies=$3 script=bench/wrk/${4:-scenario}.lua
	echo "== profiling $name"
	jcmd "$APP_PID" JFR.start name=bench settings="$OUT/bench.jfc" >/dev/null
	BENCH_PATHS=$OUT/$paths.paths BENCH_COOKIES=$OUT/$cookies.cookies \
		wrk -t2 -c8 -d"$DURATION" --timeout 10s -s "$script" "$BASE" >/dev/null
	jcmd "$APP_PID" JFR.stop name=bench filename="$OUT/profile-$name.jfr" >/dev/null
	hot_frames "$OUT/profile-$name.jfr" >"$OUT/profile-$name.txt" || true
}
for name in $PROFILE; do
	case $name in
		course-list-district) profile "$name" list bench.tuyengiao ;;
		course-list-province) profile "$name" list bench.tinh ;;
		course-search-province) profile "$name" search bench.tinh ;;
		course-page-district) profile "$name" district-courses bench.tuyengiao ;;
		course-page-province) profile "$name" province-courses bench.tinh ;;
		attendance-page-250) profile "$name" attendance-250 bench.canbo ;;
		attendance-save-250) profile "$name" attendance-save - attendance-save ;;
		registry-search) profile "$name" registry bench.tinh ;;
		registry-search-district) profile "$name" registry bench.tuyengiao ;;
		*) echo "bench: no scenario '$name' to profile" ;;
	esac
done

# ---- 8. results ---------------------------------------------------------------------------------
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
rss=$(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$APP_PID/status 2>/dev/null || true)
{
	echo "# Benchmark results ($started)"
	echo
	echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
	echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); load average before $load_before, after $load_after"
	echo "- application: $(basename "$JAR"), $(java -version 2>&1 | head -1), -Xmx256m${BENCH_APP_ARGS:+ $BENCH_APP_ARGS}, peak RSS $rss"
	echo "- database: $DB on $PG_KIND"
	echo "- data: $counts, $counts_learners (generated in ${gen_seconds} s); the measured course pages have $sessions_per_page sessions"
	echo "- load: wrk 2 threads on the same machine, loopback, $DURATION a scenario after $WARMUP of warm-up;"
	echo "  signed-in requests take $SESSIONS sessions of the account in turn; Accept-Encoding: gzip"
	echo "- CPU ms/req: CPU time the application process, and the PostgreSQL backends of $DB, spent during the"
	echo "  measured part divided by the requests: it depends much less on the other load of the machine than latency"
	echo
	echo "| scenario | account | connections | distinct URLs | requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | app CPU ms/req | db CPU ms/req | target p95 | verdict |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
	printf '%s\n' "${ROWS[@]}"
	echo
	echo "The learners (issue 9): $counts_learners."
	echo
	echo "Importing a 250-row learner list (bench.tuyengiao, district 1; upload with the redirect to the preview,"
	echo "the preview, the confirmation; ms; one unmeasured import first):"
	echo
	echo "| import | upload | preview | confirm | total |"
	echo "|---|---|---|---|---|"
	printf '%s\n' "${IMPORT_ROWS[@]}"
	echo
	echo "Median $import_median ms, max $import_max ms: target < 1000 ms, $( (( import_max < 1000 )) && echo ok || { (( import_median < 1000 )) && echo 'median ok, max MISSED' || echo MISSED; } )."
	echo
	echo "The attendance page of a 250-learner session ($page_url), as sent with Accept-Encoding: gzip (bytes):"
	echo
	echo "| what | bytes | bytes sent |"
	echo "|---|---|---|"
	printf '%s\n' "${SIZE_ROWS[@]}"
	echo
	echo "The page: $(kb "$page_gz") KB compressed (target ≤ 15 KB: $(size_verdict "$page_gz" 15)); with every learner marked and a"
	echo "remark (after attendance-save-250) $(kb "$page_gz_marked") KB ($(size_verdict "$page_gz_marked" 15)); first visit with what it loads:"
	echo "$(kb "$first_visit") KB (target ≤ 90 KB: $(size_verdict "$first_visit" 90))."
} >"$OUT/results.md"
echo "== results: $OUT/results.md"
cat "$OUT/results.md"
