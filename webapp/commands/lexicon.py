"""Word lists for the natural-language translator (``translate``): pure data, no logic.

Cues are matched against lower-cased text. Korean cues are substrings (a stem matches every
ending attached to it: 지워/지워줘/지워 주세요); English cues match whole words. All cues of
every tag go into one pattern, longest first, so "강제 종료" (kill) wins over "강제" (force),
"자동 재시작" (restart policy) over "재시작" (restart), and "볼륨" (volume) over "볼" (see).

Tags: ``a:`` an action (what to do), ``o:`` the kind of object, ``s:`` a container state,
``m:`` a modifier (an option or a hint).
"""
from __future__ import annotations

# ---------------------------------------------------------------------------
# Images
# ---------------------------------------------------------------------------

# The port a well-known image listens on inside the container.
KNOWN_PORTS = {
    "nginx": "80", "httpd": "80", "caddy": "80", "traefik": "80", "haproxy": "80",
    "wordpress": "80", "tomcat": "8080", "redis": "6379", "postgres": "5432",
    "mysql": "3306", "mariadb": "3306", "mongo": "27017", "rabbitmq": "5672",
    "memcached": "11211", "elasticsearch": "9200", "registry": "5000",
}
# Well-known images published under a namespace, by the bare name a learner says for them
# (a bare "grafana" stays as said: tests/test_translate_7.py expects it).
PUBLISHED_IMAGES = {"jellyfin": "jellyfin/jellyfin", "vaultwarden": "vaultwarden/server",
                    "portainer": "portainer/portainer-ce",
                    "prometheus": "prom/prometheus", "gitea": "gitea/gitea",
                    "uptime-kuma": "louislam/uptime-kuma", "pihole": "pihole/pihole",
                    "curl": "curlimages/curl"}
NAMESPACED_IMAGES = (*PUBLISHED_IMAGES.values(), "grafana/grafana")
KNOWN_PORTS.update({"jellyfin/jellyfin": "8096", "vaultwarden/server": "80",
                    "grafana/grafana": "3000", "prom/prometheus": "9090",
                    "louislam/uptime-kuma": "3001", "portainer/portainer-ce": "9000",
                    "portainer/portainer": "9000"})
# Image variants (repository, a word of the tag) that listen on several well-known ports: one
# host port said for them does not say which one it reaches.
SEVERAL_PORTS = {("rabbitmq", "management"): ("5672", "15672")}
# Web servers that serve plain HTTP on 80 and TLS on 443: two host ports said for them reach
# those two, the one ending in 443 reaching 443.
HTTP_AND_TLS = {"nginx", "httpd", "caddy", "traefik"}
# The variable that sets an image's password ("postgres 띄워줘 비밀번호는 secret").
PASSWORD_ENV = {"postgres": "POSTGRES_PASSWORD", "mysql": "MYSQL_ROOT_PASSWORD",
                "mariadb": "MARIADB_ROOT_PASSWORD", "mongo": "MONGO_INITDB_ROOT_PASSWORD",
                "rabbitmq": "RABBITMQ_DEFAULT_PASS", "redis": "REDIS_PASSWORD"}
# Programs that take a path: "the files in /config (ls -la)" lists that path.
PATH_PROGRAMS = {"ls", "du", "tree", "cat", "stat", "find", "head", "tail", "wc", "df"}
# Images and name parts that say a container holds a database ("the database one").
DATABASES = {"postgres", "postgresql", "pg", "mysql", "mariadb", "mongo", "mongodb", "db", "database",
             "couchdb", "cassandra", "influxdb", "timescaledb", "cockroach", "sqlserver", "mssql"}
# The variable that creates a database at first start ("a db called shop").
DATABASE_ENV = {"postgres": "POSTGRES_DB", "mysql": "MYSQL_DATABASE", "mariadb": "MARIADB_DATABASE",
                "mongo": "MONGO_INITDB_DATABASE"}
PASSWORD_WORDS = ("root password", "root pass", "루트 비밀번호", "루트 비번", "루트 패스워드",
                  "비밀번호", "비번", "패스워드", "암호", "password", "passwd", "pass", "pw", "pwd")
# Images that are not long-running servers: "띄워줘" does not imply -d for them.
# Images whose only use is to be run once: naming one asks to run it.
RUN_ONLY_IMAGES = {"hello-world"}
NOT_SERVERS = {"hello-world", "busybox", "alpine", "ubuntu", "debian", "centos", "fedora",
               "python", "node", "golang", "openjdk", "ruby", "php"}
# Images whose interactive shell is bash; every other image gets sh.
BASH_IMAGES = {"ubuntu", "debian", "node", "centos", "fedora", "python", "ruby", "golang",
               "openjdk", "php"}
# Images whose only interactive use is their shell: "run alpine interactively" opens it.
DISTRO_IMAGES = {"busybox", "alpine", "ubuntu", "debian", "centos", "fedora", "rockylinux",
                 "almalinux", "archlinux", "amazonlinux", "opensuse/leap"}
SHELLS = ("bash", "sh", "zsh", "ash")
# Programs that print the environment: "env" said with them asks for no -e.
ENV_READS = (["env"], ["printenv"])
# Programs that, started with no arguments, wait for typing: they need -it.
INTERACTIVE_PROGRAMS = {"bash", "sh", "zsh", "ash", "psql", "mysql", "redis-cli", "mongosh",
                        "python", "python3", "node", "irb", "top"}
# Database clients: "open psql in db" opens one in an existing container.
DB_CLIENTS = ("psql", "mysql", "mariadb", "mongosh", "redis-cli")
# An image's own interpreter, for "a python repl", "a node interpreter", "ruby 3 repl".
REPLS = {"python": "python", "pypy": "pypy", "node": "node", "ruby": "irb", "openjdk": "jshell",
         "eclipse-temurin": "jshell", "elixir": "iex", "erlang": "erl", "julia": "julia",
         "haskell": "ghci", "r-base": "R"}
REPL_CUES = {"repl", "interpreter", "interactive prompt"}
# How an interpreter image prints its own version ("run node 20 to print its version")
VERSION_COMMANDS = {"python": ("python", "--version"), "pypy": ("pypy", "--version"),
                    "node": ("node", "--version"), "ruby": ("ruby", "--version"),
                    "php": ("php", "--version"), "perl": ("perl", "--version"),
                    "golang": ("go", "version"), "julia": ("julia", "--version"),
                    "rust": ("rustc", "--version"), "openjdk": ("java", "-version"),
                    "eclipse-temurin": ("java", "-version")}
# Nouns for a program's session: "a psql shell", "the redis-cli prompt" (not its arguments).
SESSION_WORDS = {"shell", "prompt", "console", "session", "terminal", "repl", "cli"}
# Image tags that may follow an image name as a separate word ("node 20 alpine").
TAG_WORDS = {"latest", "alpine", "slim", "lts", "stable", "bookworm", "bullseye", "jammy",
             "noble", "focal", "mainline"}
DEFAULT_WEB_SERVER = "nginx"
# Images a learner calls "the web server" when one of their containers runs it.
WEB_SERVERS = {"nginx", "httpd", "caddy", "traefik", "haproxy", "lighttpd", "tomcat"}
# Image names written in Hangul ("레디스 띄워줘").
KO_IMAGE_NAMES = {
    "엔진엑스": "nginx", "엔진x": "nginx", "레디스": "redis", "우분투": "ubuntu", "알파인": "alpine",
    "포스트그레스큐엘": "postgres", "포스트그레스": "postgres", "포스트그레": "postgres",
    "마이에스큐엘": "mysql", "마이sql": "mysql", "몽고디비": "mongo", "몽고db": "mongo",
    "몽고": "mongo", "노드": "node", "파이썬": "python", "헬로월드": "hello-world",
    "헬로 월드": "hello-world", "비지박스": "busybox", "데비안": "debian", "아파치": "httpd",
    "마리아디비": "mariadb", "마리아db": "mariadb", "워드프레스": "wordpress", "센토스": "centos",
    "톰캣": "tomcat", "래빗엠큐": "rabbitmq", "멤캐시드": "memcached", "캐디": "caddy",
    "페도라": "fedora", "골랭": "golang", "루비": "ruby", "자바": "openjdk",
}
# Product names a learner says for an image published under another name ("an Apache server").
EN_IMAGE_NAMES = {"apache": "httpd", "postgresql": "postgres", "mongodb": "mongo"}

# Programs a learner asks to run inside a container ("ubuntu에서 echo hello 실행").
PROGRAMS = {
    "sh", "bash", "zsh", "ash", "echo", "ls", "cat", "env", "printenv", "date", "uname",
    "whoami", "id", "hostname", "pwd", "sleep", "ping", "df", "free", "uptime", "python",
    "python3", "node", "npm", "npx", "pip", "pip3", "java", "go", "ruby", "perl", "php",
    "curl", "wget", "redis-cli", "psql", "mysql", "mongosh", "apt", "apt-get", "apk", "yum",
    "dnf", "touch", "mkdir", "find", "grep", "head", "tree", "vi", "vim", "nano", "less",
    "true", "false", "nslookup", "dig", "ip", "ifconfig", "netstat", "nc", "cowsay",
    "nginx", "irb", "gem", "cargo", "dotnet", "ps", "top", "yarn", "pg_isready", "pg_dump",
    "mysqladmin", "mysqldump", "mongodump", "redis-server", "mongod", "mysqld", "gcc", "javac",
    "rustc", "tsc",
}
# Action cues too vague to decide a request alone ("check", "확인"): the intent they give
# costs some confidence, so that one more doubt turns the answer into a question.
WEAK_CUES = {"what", "which", "check", "see", "view", "look at", "new", "add", "make", "set up",
             "setup", "enter", "session", "console", "terminal", "leave", "plug", "join", "info",
             "information", "stored", "serve", "boot", "확인", "봐", "보기", "볼래", "볼 수",
             "새로", "새 ", "추가", "넣어", "넣어줘", "빼", "떼", "세션", "콘솔", "터미널", "정보",
             "어떤 거"}
# Exec cues that ask for one command, not an interactive session.
COMMAND_CUES = {"exec", "명령 실행", "명령을 실행", "명령어 실행", "명령어를 실행", "execute a command",
                "run a command", "execute command", "run command"}
# Words that end the container's command in English ("echo hi *in* alpine").
# How a container runs, after which "as NAME" is its name ("detached as web").
AS_NAME_AFTER = {"background", "detached", "daemon", "bg", "running", "up", "started",
                 "launched", "container", "it", "them"}
# "what does `id` say": the verb tells what the program answers
OUTPUT_VERBS = {"says", "say", "prints", "print", "outputs", "output", "returns", "return",
                "reports", "report", "gives", "give", "shows", "show", "spit", "spits"}
COMMAND_BREAKS = {"in", "inside", "on", "within", "using", "with", "from", "for", "and",
                  "then", "please", "container", "image", "via", "into", "as", "at",
                  "says", "say", "prints", "outputs", "returns", "reports", "gives",
                  # "the python repl": what the program is, not its argument
                  "repl", "interpreter"}

# ---------------------------------------------------------------------------
# Cues: tag -> (Korean substrings, English words or phrases)
# ---------------------------------------------------------------------------

# "마지막에 띄운", "최근에 돌린": when (last, lately, just now) and how (made, started) the newest
# container was made, in every pairing
_LAST_MADE_KO = tuple(f"{when} {how}" for when in ("방금", "마지막으로", "마지막에", "최근에")
                      for how in ("만든", "생성한", "띄운", "실행한", "켠", "시작한", "돌린", "올린"))
# "whatever I launched most recently": a clause saying when the caller made it, not a verb
_LAST_MADE_EN = tuple(f"{who}{how} {when}" for who in ("i ", "") for when in ("last", "most recently")
                      for how in ("made", "created", "started", "ran", "launched", "spun up",
                                  "fired up", "brought up", "deployed", "booted"))
CUES = {
    # --- actions -----------------------------------------------------------
    "a:run": (("실행", "띄우", "띄워", "띄울", "띄웁", "켜", "켤", "켭", "돌려", "돌리", "돌릴", "열어",
               "구동", "기동", "만들어서 실행", "쳐", "입력해"),
              ("run", "runs", "launch", "launches", "spin up", "spin-up", "spin", "fire up",
               "start up", "bring up", "boot up", "boot", "deploy", "execute", "serve",
               "try out", "create and start", "get going")),
    "a:start": (("시작", "다시 켜", "재개", "다시 살려", "다시 띄워"),
                ("start", "starts", "turn on", "power on", "switch on", "wake up", "resume",
                 "start again", "start back up", "back up", "bring back", "bring it back")),
    "a:stop": (("중지", "정지", "멈춰", "멈추", "멈출", "멈춥", "멈춤", "꺼", "끄", "끌", "끕",
                "세워", "세우", "세울", "종료", "중단", "내려줘", "내려 줘", "내려주", "내리"),
               ("stop", "stops", "halt", "shut down", "shutdown", "turn off", "power off", "switch off",
                "bring down", "take down", "terminate", "be stopped", "be shut down", "be halted")),
    "a:kill": (("강제 종료", "강제로 종료", "강제로 꺼", "강제로 끄", "강제 중지", "강제로 중지",
                "강제로 멈", "죽여", "죽이", "킬"),
               ("kill", "force stop", "force-stop", "forcibly stop", "hard stop",
                "forcefully stop")),
    "a:restart": (("재시작", "다시 시작", "재부팅", "리스타트", "재기동", "껐다 켜", "껐다가 켜",
                   "껐다 키", "껐다가 키"),
                  ("restart", "restarts", "reboot", "bounce", "reload", "stop and start",
                   "be restarted", "kick it", "kick them", "give it a kick", "give them a kick",
                   "power cycle", "power-cycle")),
    "a:remove": (("삭제", "지워", "지우", "지울", "지웁", "제거", "날려", "날리", "없애", "치워",
                  "치우", "정리"),
                 ("remove", "rm", "rmi", "untag", "delete", "del", "erase", "destroy", "get rid of",
                  "clean up", "throw away", "trash", "wipe", "purge", "nuke", "clear out",
                  "ditch", "scrap", "toss", "axe", "zap", "blow away", "do away with",
                  "removes", "deletes", "drop", "tear down", "be removed", "be deleted",
                  "yank", "clean out", "it gone", "them gone", "make it go away",
                  "can go", "has to go", "needs to go", "need to go", "should go", "must go")),
    "a:list": (("목록", "리스트", "보여", "보이", "조회", "확인", "나열", "알려", "보기", "봐",
                "볼래", "볼 수", "보고 싶", "보고싶", "뭐 있", "뭐가 있", "뭐 떠", "뭐가 떠", "뭐뭐", "어떤 거",
                "몇 개", "표시", "출력", "찍어"),
               ("list", "ls", "ps", "show", "display", "view", "see", "check", "print", "enumerate",
                "look at", "what", "which", "lists", "shows", "displays", "get a list", "find",
                "search for", "dump")),
    "a:logs": (("로그", "로그를", "출력 내용", "찍힌", "남긴 출력"),
               ("logs", "log", "output of", "its output", "container output", "stdout", "stderr",
                "their output", "console output",
                "what happened", "printed", "what did",
                # "what api has been printing": what a container said over time is its log
                "been printing", "been outputting", "been logging",
                "been spitting out", "been emitting", "been spewing")),
    "a:exec": (("접속", "들어가", "들어갈", "진입", "세션", "쉘", "셸", "터미널", "콘솔",
                "붙어서 명령", "명령어 실행", "명령 실행", "명령을 실행", "명령어를 실행",
                "exec"),
               (*(f"open {client}" for client in DB_CLIENTS), *(f"{client} into" for client in DB_CLIENTS),
                "exec", "shell into", "shell in", "get into", "go into", "get inside",
                "go inside", "jump into", "hop into", "step into", "enter", "ssh into",
                "drop me into", "drop me in", "drop into", "put me into", "put me in",
                "open sh", "open bash", "open zsh", "open a bash", "open an sh",
                "ssh", "log into", "log in to", "login to", "attach to", "connect to",
                "open a shell", "open a terminal", "get a shell", "shell", "terminal",
                "bash into", "a shell", "console", "execute a command", "run a command",
                "execute command", "run command", "get me into", "take me into", "let me into", "get me inside", "take me inside",
                "put me in", "get me in", "bash session", "shell session", "session",
                "execute into", "exec into", "run commands")),
    "a:pull": (("내려받", "다운로드", "다운받", "다운 받", "다운", "받아", "받기", "받을",
                "가져와", "가져오", "당겨", "땡겨", "풀해", "풀 해", "pull"),
               ("pull", "pulls", "download", "downloads", "fetch", "grab", "get the image",
                "get image", "get the latest", "pre-pull", "prepull", "pre-fetch", "prefetch",
                "pre-download", "warm the cache with", "warm up the cache with")),
    "a:push": (("푸시", "푸쉬", "업로드", "올려", "올리", "허브로 보내", "레지스트리로 보내",
                "레지스트리에 보내"),
               ("push", "pushes", "upload", "uploads", "publish the image", "publish image",
                "send it to the registry", "send to the registry", "send to docker hub")),
    "a:tag": (("태그", "태깅", "태그 붙", "태그를 붙", "태그 달", "태그를 달", "태그 추가", "별칭",
               "이름 붙", "이름을 붙", "이름을 하나 더", "새 이름"),
              ("tag", "tags", "retag", "give it a tag", "add a tag", "alias", "another name",
               "a new name", "new name", "rename the image", "rename an image", "extra name",
               "second name", "additional name", "another tag")),
    "a:inspect": (("상세", "자세히", "자세한", "세부", "정보", "검사", "인스펙트", "살펴",
                   "ip 주소", "아이피", "메타데이터", "로그 파일 경로", "로그 파일", "이미지 이름 표시",
                   "포트 바인딩", "모든 포트 바인딩", "구성 정보", "설정 정보", "어디 저장", "어디에 저장", "저장 위치",
                   "저장된 위치", "저장돼 있", "마운트 위치", "마운트 경로"),
                  ("inspect", "inspects", "details", "detail", "detailed", "low-level",
                   "low level", "metadata", "info", "information", "describe", "ip address",
                   "ip", "configuration", "json details", "json config", "full config",
                   "dump the config", "config of", "log file", "log path",
                   "image name of", "port bindings", "where is it stored", "stored",
                   "mountpoint", "mount point", "configured", "live on disk", "lives on disk",
                   "located", "knows about", "know about", "everything about", "all about",
                   "dig into", "details on", "details of", "look inside", "what is in",
                   "what's in", "what is inside", "its config", "deep dive", "under the hood")),
    "a:build": (("빌드", "도커파일로", "도커 파일로", "dockerfile로"),
                ("build", "builds", "rebuild", "rebuilds", "re-build", "make an image", "dockerfile", "compile", "into an image",
                 "into a docker image", "into an docker image")),
    "a:create": (("만들", "만드", "만든", "생성", "추가", "새로", "새 "),
                 ("create", "creates", "make", "new", "add", "set up", "setup")),
    "a:connect": (("연결", "붙여", "붙이", "참여", "합류", "조인", "넣어", "넣어줘"),
                  ("connect", "connects", "attach", "join", "plug", "hook up")),
    "a:disconnect": (("분리", "끊어", "끊", "빼", "떼어", "떼", "제외", "연결 해제", "연결을 해제",
                      "연결 끊", "연결을 끊"),
                     ("disconnect", "disconnects", "detach from", "unplug", "leave", "take off")),
    # --- objects -----------------------------------------------------------
    "o:container": (("컨테이너", "컨테이너들"), ("container", "containers", "ctr")),
    "o:image": (("이미지", "이미지들"), ("image", "images", "img")),
    "o:network": (("네트워크", "네트웍", "망"), ("network", "networks", "net")),
    "o:volume": (("볼륨", "볼륨들"), ("volume", "volumes", "vol")),
    # --- phrases whose verb is not the request's verb -----------------------
    "m:from-image": (("이미지를 조상으로", "조상 이미지", "조상으로", "이미지로 만든", "이미지로 만들어진", "이미지로 생성된", "이미지로 생성한",
                      "이미지로 실행한", "이미지로 실행된", "이미지로 띄운", "이미지로 돌린",
                      "이미지 기반", "이미지에서 만든", "이미지를 쓰는", "이미지를 사용하는",
                      "이미지를 사용한", "이미지로 된", "이미지 쓰는", "이미지로 뜬"),
                     ("created from", "based on", "built from", "made from", "spawned from",
                      "started from", "that use the image", "using the image", "from the image",
                      "of the image", "running the image", "ancestor")),
    "m:contains": (("이 들어간", "가 들어간", "이 들어가는", "가 들어가는", "이 포함된", "가 포함된",
                    "포함된", "포함하는", "들어있는", "들어 있는", "으로 시작하는", "로 시작하는"),
                   ("contains", "containing", "starting with", "that include", "includes",
                    "matching", "match")),
    "m:new-container": (("새 컨테이너", "새로운 컨테이너", "새 컨테이너에서"),
                        ("new container", "a new container", "fresh container")),
    "m:entrypoint": (("엔트리포인트", "진입점", "entrypoint"), ("entrypoint", "entry point")),
    "m:timeout": (("대기 시간", "타임아웃", "유예 시간", "기다린 후", "기다렸다가", "초 후", "초 뒤",
                   "대기한 후", "대기 후", "대기하", "기다린 다음"),
                  ("timeout", "grace period", "number of seconds", "seconds before", "wait",
                   "waiting")),
    "m:platform": (("플랫폼", "아키텍처"), ("platform", "architecture", "arch")),
    "m:filter": (("필터", "필터링", "조건"), ("filter", "filters", "filtered", "filtering",
                                          "by status", "by name", "by label")),
    "m:command": (("명령어", "명령"), ("a command", "command", "commands", "the command")),
    "m:dockerfile-path": (("특정 dockerfile", "다른 dockerfile", "dockerfile 경로", "도커파일 경로",
                           "특정 도커파일", "다른 도커파일", "지정한 dockerfile", "지정된 dockerfile"),
                          ("specific dockerfile", "different dockerfile", "custom dockerfile",
                           "another dockerfile", "other dockerfile", "dockerfile path",
                           "path to the dockerfile", "path to a dockerfile", "given dockerfile",
                           "named dockerfile", "alternate dockerfile", "alternative dockerfile")),
    "m:made": (("생성된", "만들어진", "생성한", "생성됐", "생성되었", "생성 시간", "생성 시각"),
               ("created at", "creation time", "when created")),
    "m:mine": (("내가 만든", "제가 만든", "내가 빌드한", "제가 빌드한", "내가 받은", "제가 받은"),
               ("i built", "i made", "i created", "i pulled", "i downloaded")),
    # --- states (masked so "실행 중인" is not "run") --------------------------
    "s:running": (("실행 중", "실행중", "실행되고 있", "실행 되고 있", "돌아가는", "돌아가고",
                   "돌고 있", "떠 있", "떠있", "켜져 있", "켜져있", "켜진", "살아 있", "살아있",
                   "동작 중", "동작중", "구동 중", "구동중", "가동 중", "가동중", "작동 중"),
                  ("running", "currently running", "that are running", "are running",
                   "is running", "active", "alive", "up and running", "is up", "are up")),
    "s:stopped": (("중지된", "정지된", "멈춘", "멈춰 있", "멈춰있", "꺼진", "꺼져 있", "꺼져있",
                   "종료된", "죽은", "중단된", "끝난", "중지됨", "정지됨", "종료됨", "꺼짐"),
                  ("stopped", "exited", "dead", "not running", "halted", "inactive",
                   "terminated", "crashed", "died", "already quit", "that quit", "has quit",
                   "is down", "are down", "went down", "was down",
                   "have quit", "which quit", "exited already", "stopped already",
                   # "did anything exit?": the question asks for the ones that did
                   *(f"{who} {verb}" for who in ("anything", "something", "any of them",
                                                 "any container", "any containers")
                     for verb in ("exit", "crash", "die")))),
    "s:paused": (("일시 정지된", "일시정지된"), ("paused",)),
    "s:created": (("생성만 된", "생성만 한", "만들기만 한"), (
        "created but not started", "status is created", "status created", "status of created",
        "in created state", "in the created state", "state is created")),
    # --- modifiers ---------------------------------------------------------
    "m:all": (("전부", "모두", "모든", "전체", "싹 다", "싹다", "둘 다", "꺼진 것도", "실행 및 중지", "실행 중 및 중지",
               "실행 중이거나 중지", "실행 중인 것과 중지", "실행 중이든", "상태와 관계없이", "꺼진 거도", "꺼진 것까지", "중지된 것도",
               "중지된 거도", "중지된 것까지", "멈춘 것도", "멈춘 거도", "종료된 것도",
               "종료된 거도", "종료된 것까지", "포함", "까지 다", "까지 전부"),
              ("all", "every", "everything", "both", "including stopped", "include stopped",
               "even stopped", "stopped ones too", "stopped ones as well", "stopped ones included",
               "stopped included", "exited ones included",
               "even the stopped ones", "even the stopped", "even stopped ones",
               "as well as stopped", "stopped too", "and stopped", "including exited",
               "including the stopped", "including non-running", "whether running or not",
               "running or not", "running and stopped", "stopped and running")),
    "m:rm-auto": (("일회성", "한 번 쓰고", "끝나면 지워", "끝나면 삭제", "알아서 지워", "알아서 삭제", "끝나면 자동", "끝나면 없", "종료되면 삭제",
                   "종료되면 지워", "종료 후 삭제", "종료 후 자동", "종료하면 삭제", "종료하면 지워",
                   "자동 삭제", "자동으로 삭제", "자동으로 지워", "자동 제거", "자동으로 제거",
                   "일회용", "임시로", "임시 컨테이너", "실행 후 삭제", "쓰고 지워", "쓰고 버",
                   "끝나고 지워", "끝나고 삭제", "지워지게", "지워지도록", "삭제되게", "삭제되도록",
                   "없어지게", "사라지게", "나오면 삭제", "나오면 지워", "--rm", "알아서 지워지",
                   "알아서 없어", "알아서 사라", "끝나면 사라", "종료되면 사라", "나가면 삭제",
                   "나가면 지워", "나가면 사라"),
                  ("throwaway", "throw-away", "temp", "one-off container", "one off container", "temporary", "disposable",
                   "auto-remove", "auto remove", "autoremove", "automatically remove",
                   "automatically removed", "automatically delete", "remove it when",
                   "remove it after", "remove when", "remove after", "delete it when",
                   "delete it after", "delete when", "delete after", "removed when",
                   "removed after", "deleted when", "deleted after", "clean up after",
                   "cleans up after", "cleaned up after", "clean itself up",
                   "remove itself", "when it exits", "after it exits", "once it exits",
                   "when done", "when it's done", "when finished", "when it finishes",
                   "after it finishes", "after exit", "on exit", "afterwards",
                   "deletes itself", "delete itself", "removes itself", "cleans itself up",
                   "cleans up after itself", "clean up after itself", "gone when",
                   "gone after", "gone once", "disappears when", "disappear when",
                   "vanishes when", "when i exit", "when i quit", "once i exit",
                   "after i exit", "when it stops", "once it stops", "auto-delete",
                   "auto delete", "auto-cleanup", "auto cleanup", "leave nothing behind",
                   "don't leave the container behind", "don't leave it behind", "don't leave anything behind",
                   "don't leave the container around", "don't leave it around", "don't keep the container",
                   "without leaving the container behind", "without leaving anything behind")),
    "m:last": ((*_LAST_MADE_KO, "방금 거", "방금 것", "가장 최근",
                "제일 최근", "가장 마지막", "제일 마지막", "최신 컨테이너", "마지막 컨테이너",
                "최근 컨테이너", "방금", "최근꺼", "최근 거", "최근 것", "최신꺼", "최신 거",
                "마지막꺼", "마지막 거"),
               # ("in the last container": the newest container, not a time window)
               ("in the last container", "in the last one", "from the last container", "from the last one",
                "the last container", "last container", "last one", "latest container",
                "newest", "most recent", "most recently", "just created", "just made",
                *_LAST_MADE_EN, "just started", "just ran", "just launched", "just spun up",
                "last created",
                "just built", "just pulled", "built last", "last built", "newly built",
                "recently created", "latest one", "newest one", "the last one", "latest created",
                "most recently created", "last started", "latest started", "create last",
                "make last", "start last", "run last", "just-created", "just-made",
                "just-started", "just-launched", "freshly created", "freshly started")),
    "m:first": (("제일 오래된", "가장 오래된", "제일 처음 만든", "가장 처음 만든", "맨 처음 만든",
                 "처음 만든", "처음에 만든", "제일 먼저 만든", "가장 먼저 만든"),
                ("oldest", "made first", "created first", "started first", "earliest",
                 "first created", "first made", "the first one", "i made first", "i created first",
                 "i started first")),
    "m:detach": (("백그라운드", "백 그라운드", "뒤에서", "데몬으로", "데몬 모드", "분리 모드",
                  "detached", "-d로", "-d 옵션"),
                 ("background", "backgrounded", "detached", "detach", "detached mode",
                  # a goal that only a detached server meets
                  "keep running after", "keeps running after", "keep running when",
                  "keeps running when", "stay up after", "stays up after", "stay running after",
                  "stays running after", "survive closing", "survives closing",
                  "daemon", "daemonized", "in the bg", "in bg", "bg", "in the back")),
    "m:stdin": (("stdin", "표준 입력", "표준입력"), ("stdin", "keep stdin open", "stdin open",
                                                   "standard input")),
    "m:interactive": (("대화형", "인터랙티브", "상호작용", "-it", "tty"),
                      ("interactive", "interactively", "-it", "tty", "with a terminal",
                       "pseudo-tty", "pseudo tty", "repl", "interpreter", "interactive prompt",
                       # "poke around in it": exploring by hand is a session
                       "poke around", "poke about", "nose around", "snoop around", "dig around",
                       # "drop me at the prompt", "drop me into python": a place to land, not rm
                       "drop me at", "drop me into", "drop me in", "dump me at", "dump me into")),
    "m:shell": (("쉘로", "셸로", "bash로", "sh로", "배시", "bash", "프롬프트", "커맨드 라인"),
                ("bash", "prompt", "command line", "sh", "i can type in", "i can type into",
                 "type commands in", "type commands into", "i can type commands")),
    "m:follow": (("실시간", "계속", "따라가", "따라 가", "팔로우", "스트리밍", "지켜보", "지켜 보", "추적",
                  "tail -f", "follow", "라이브", "쭉", "새로 나오는", "올라오는"),
                 ("follow", "following", "follows", "live", "stream", "streaming", "watch",
                  "keep watching", "as they come", "as they arrive", "in real time",
                  "real-time", "realtime", "continuously", "tail -f", "keep following",
                  "keep printing", "tail")),
    "m:timestamps": (("타임스탬프", "타임 스탬프", "시간 표시", "시간도", "시각도", "시간과 함께",
                      "시간이랑", "시간 같이", "시간 정보", "시간을 같이", "시각 표시",
                      "줄마다 시간", "줄마다 시각", "각 줄에 시간", "시간 찍", "시각 찍",
                      "언제 찍혔는지",
                      "시간을 붙여", "시간 붙여"),
                     ("timestamps", "timestamp", "with times", "with time", "time stamps",
                      "with the time", "timestamped", "time on each line", "time on every line",
                      "times on each line", "times on every line", "time of each line",
                      "time next to each line", "when each line was", "each line's time",
                      "dated lines", "time for each line", "times for each line",
                      # "a timestamp on each line": per line, not one point in time
                      "a timestamp on", "a timestamp per", "a timestamp for each",
                      "a timestamp next to", "a timestamp in front", "a timestamp before each",
                      "a timestamp beside", "timestamp each line", "timestamp every line")),
    "m:quiet": (("id만", "아이디만", "id 만", "아이디 만", "조용히", "조용한", "진행 상황 없이",
                 "진행 표시 없이", "id들만"),
                ("ids only", "only ids", "only the ids", "just the ids", "just ids",
                 "only id", "just the id", "quiet", "quietly", "only the id",
                 "only their ids", "only numeric ids", "silently", "print ids", "show ids",
                 "list ids", "just their ids", "ids of", "numeric ids", "ids only",
                 "quiet mode", "ids")),
    "m:size": (("크기", "용량", "사이즈", "디스크 사용량", "디스크 사용", "디스크를 얼마나",
                "디스크 얼마나"),
               ("size", "sizes", "disk usage", "how big", "how much space", "file sizes",
                "how much disk", "disk space", "space used", "taking up", "disk size",
                "disk sizes", "sizes on disk", "takes up", "take up", "space each")),
    "m:force": (("강제로", "강제", "억지로", "실행 중이어도", "실행 중이라도", "실행중이어도",
                 "실행중이라도", "실행 중인데도", "실행중인데도", "돌아가고 있어도", "돌고 있어도",
                 "켜져 있어도", "켜져있어도", "무조건"),
                ("force", "forcefully", "forced", "forcibly", "even if running",
                 "even though it is running", "even though they are running",
                 "even while running", "even if they're running", "while it is running",
                 "even if it is running", "even if it's running", "even though it's running",
                 "even if they are running", "even if in use", "even if it is in use",
                 "even if used", "no matter what", "even running ones", "even running")),
    "m:no-cache": (("캐시 없이", "캐시를 쓰지 않고", "캐시 안 쓰고", "캐시 사용 안", "캐시를 사용하지",
                    "캐시 사용하지", "캐시 무시", "캐시를 무시", "캐시 없는", "처음부터 새로",
                    "캐시를 쓰지 말고", "캐시 쓰지 말고"),
                   ("no cache", "without cache", "without the cache", "without using cache",
                    "without using the cache", "no-cache", "from scratch", "ignore cache",
                    "ignoring the cache", "ignore the cache", "clean build", "without caching",
                    "not use the cache", "not using the cache", "skip the cache",
                    "without any cache")),
    "m:privileged": (("특권", "모든 권한", "전체 권한", "관리자 권한", "privileged"),
                     ("privileged", "full privileges", "all privileges", "extended privileges",
                      "with full access", "full access to the host", "all capabilities")),
    "m:publish-all": (("모든 포트", "랜덤 포트", "임의의 포트", "임의 포트", "무작위 포트",
                       "노출된 포트 전부", "노출된 포트를 모두"),
                      ("all ports", "publish all", "random port", "random ports",
                       "all exposed ports", "random host ports")),
    "m:read-only": (("읽기 전용", "읽기전용"), ("read-only", "read only", "readonly")),
    "m:all-tags": (("모든 태그", "전체 태그", "태그 전부", "태그 모두"),
                   ("all tags", "every tag", "all the tags", "all of its tags")),
    "m:pull-base": (("최신 베이스", "베이스 이미지를 최신", "베이스 이미지 최신", "베이스 이미지를 새로"),
                    ("always pull", "pull the latest base", "newer base", "latest base",
                     "pull base", "fresh base")),
    "m:no-trunc": (("자르지 말고", "자르지 않고", "잘리지 않게", "잘리지 않고", "전체 id", "긴 id",
                    "축약하지", "생략하지"),
                   ("full id", "full ids", "without truncating", "without truncation",
                    "no-trunc", "untruncated", "not truncated", "don't truncate",
                    "full length", "full output", "do not truncate", "untrimmed", "full",
                    "complete ids", "long ids")),
    "m:digests": (("다이제스트",), ("digest", "digests")),
    "m:dangling": (("댕글링", "태그 없는", "태그가 없는", "이름 없는", "이름이 없는", "<none>",
                    "매달린", "사용되지 않는", "사용하지 않는", "쓰지 않는", "안 쓰는", "안쓰는",
                    "쓰이지 않는"),
                   ("dangling", "untagged", "<none>", "not used by any container", "unused",
                    "not in use", "not used")),
    "m:no-prune": (("부모 이미지", "태그가 없는 부모", "태그 없는 부모"),
                   ("untagged parents", "untagged parent", "parent images", "parent image",
                    "keep parents", "without pruning")),
    "m:signal": (("시그널", "신호"), ("signal", "sigkill", "sigterm", "sighup", "sigint")),
    "m:exit-code": (("종료 상태 코드", "종료 코드", "종료 상태", "exit 코드", "종료코드"),
                    ("exit status", "exit code", "exit status code")),
    "m:restart-policy": (("재시작 정책", "항상 재시작", "자동 재시작", "자동으로 재시작", "알아서 재시작",
                          "죽으면 다시 켜", "죽으면 재시작", "실패하면 재시작", "실패 시 재시작"),
                         ("restart policy", "restart always", "always restart", "restart=always",
                          "restart unless-stopped", "restart on-failure", "restart automatically",
                          "auto-restart", "auto restart", "automatically restart",
                          "restarts automatically", "restart on failure", "restart it automatically",
                          "restart them automatically", "restarts itself", "restart itself")),
    "m:existing": (("기존", "이미 실행 중인", "이미 떠 있는", "이미 있는", "돌리는 애",
                    "돌리고 있는 애"),
                   ("existing", "already running", "an existing", "running container",
                    "already-running", "whichever one", "whichever container", "the one running",
                    "the one that's running", "the one that is running",
                    # "halt whichever one runs ubuntu": the container its image is running in
                    "whichever one runs", "whichever container runs", "the one that runs",
                    "the container that runs", "whichever runs", "the one which runs")),
    "m:custom": (("사용자 정의", "사용자 지정", "커스텀", "직접 정한", "원하는"),
                 ("custom", "user-defined", "user defined", "your own", "chosen")),
    "m:time-point": (("특정 시간", "특정 시점", "특정 시각", "지정한 시간", "원하는 시간", "특정 날짜"),
                     ("a specific time", "a certain time", "a point in time", "certain point",
                      "a given time", "specific time", "specific date", "a timestamp",
                      "certain time")),
    "m:intermediate": (("중간", "숨겨진"), ("intermediate", "hidden")),
    "m:attach": (("출력을 보면서", "출력 보면서", "붙어서", "연결된 채로", "출력을 보여주면서",
                  "출력에 연결", "출력에 붙", "출력을 연결", "attach", "stdout 및 stderr를 연결",
                  "stdout과 stderr를 연결", "stdout/stderr를 연결", "stdout을 연결", "표준 출력을 연결"),
                 ("and attach", "attached", "attach to its output", "see its output",
                  "watch its output", "attaching", "and attach to its output",
                  "and attach to it", "attach to the output", "and attach to the output",
                  "attached to its output", "attaching stdout", "attach stdout",
                  "attaching stdout and stderr", "attach stdout and stderr")),
    "m:rm-volumes": (("볼륨도", "볼륨까지", "볼륨과 함께", "볼륨 포함", "볼륨이랑 같이",
                      "볼륨도 같이", "볼륨도 함께", "익명 볼륨", "그 볼륨", "연결된 볼륨"),
                     ("with its volumes", "and its volumes", "and the volumes",
                      "including volumes", "including its volumes", "volumes too",
                      "along with its volumes", "along with volumes", "with volumes",
                      "anonymous volumes", "associated volumes", "its volumes",
                      "anon volumes")),
    "m:internal": (("내부 전용", "내부용", "외부와 차단", "외부 차단", "인터넷 없는"),
                   ("internal", "isolated from the outside", "no outside access")),
    "m:port": (("포트",), ("port", "ports", "publish", "expose", "map", "mapped", "mapping",
                          "forward")),
    "m:memory": (("메모리", "램"), ("memory", "ram", "mem")),
    "m:cpu": (("cpu", "씨피유", "코어", "cpus"), ("cpu", "cpus", "core", "cores", "vcpu",
                                                  "vcpus", "processor")),
    "m:env": (("환경 변수", "환경변수", "환경 설정 값", "env", "변수"),
              ("env", "environment variable", "environment variables", "environment",
               "env var", "env vars", "variable", "variables")),
    "m:label": (("라벨", "레이블"), ("label", "labels", "labeled", "labelled")),
    "m:build-arg": (("빌드 인자", "빌드 인수", "빌드 변수", "빌드 아규먼트", "build-arg",
                     "빌드 arg"),
                    ("build arg", "build args", "build-arg", "build argument",
                     "build arguments", "build-time variable", "build-time variables")),
    "m:name": (("이름",), ("named", "called", "name", "names")),
    "m:workdir": (("작업 디렉터리", "작업 디렉토리", "작업 폴더", "작업 경로", "워킹 디렉터리",
                   "워킹 디렉토리", "작업디렉터리", "작업 위치", "workdir"),
                  ("working directory", "workdir", "working dir", "work dir", "cwd",
                   "work directory")),
    "m:user": (("사용자", "유저", "계정", "uid"), ("user", "uid", "as root", "username")),
    "m:mount": (("마운트", "바인드", "공유"), ("mount", "mounted", "mounting", "bind",
                                              "share", "shared")),
    "m:registry": (("레지스트리", "도커 허브", "도커허브", "허브", "docker hub", "dockerhub"),
                   ("registry", "docker hub", "dockerhub", "hub")),
    "m:inside": (("안에서", "안에 ", "내부에서", "속에서", "안으로"),
                 ("inside", "within", "in the container", "inside of")),
    "m:deictic": (("그거", "이거", "저거", "그것", "이것", "저것", "걔", "얘", "쟤", "그 컨테이너",
                   "이 컨테이너", "저 컨테이너", "해당"),
                  ("it", "that", "this", "them", "those", "these", "that one", "this one",
                   "the one")),
    "m:indefinite": (("특정", "지정한", "지정된", "주어진", "어떤 컨테이너", "여러"),
                     ("a", "an", "any", "specific", "given", "specified", "particular",
                      "one or more", "multiple", "several", "some")),
    "m:webserver": (("웹 서버", "웹서버", "웹 서비스", "웹사이트"),
                    ("web server", "webserver", "web service", "website")),
    "m:until": (("전까지", "이전까지", "이전 로그", "전 로그까지", "까지만"),
                ("until", "till", "before", "older than", "up to")),
    "m:since": (("이후", "부터", "지난", "동안"),
                ("since", "past", "after", "newer than", "from the last", "in the last",
                 "for the last", "during the last", "within the last")),
    "m:details": (("추가 속성", "상세 속성"), ("extra details", "log details", "extra attributes",
                                         "extra detail")),
    "m:without-start": (("실행하지 않고", "실행은 하지", "시작하지 않고", "시작은 하지",
                         "만들기만", "생성만", "실행 없이"),
                        ("without starting", "but don't start", "but do not start",
                         "without running", "not start it", "without launching")),
    "m:conv": (("줘", "주세요", "줄래", "줄 수", "싶어", "싶은데", "싶다", "할래", "해요", "하자",
                "해봐", "해 봐", "좀", "부탁", "가능", "할까", "하고 싶", "될까", "되나",
                "있어?", "있나", "어떻게"),
               ("please", "pls", "can you", "could you", "would you", "i want", "i wanna",
                "i'd like", "i need", "let me", "help me", "me", "my", "i", "lets", "let's",
                # "…the volume as well": a follow-up, about what was said before
                "as well", "too", "also")),
}
# Chat short forms of the object nouns ("its anon vols", "old imgs"): a cue holds for them too.
_SHORT_NOUNS = {"volumes": "vols", "images": "imgs", "containers": "ctrs"}
CUES = {tag: (ko, en + tuple(" ".join(_SHORT_NOUNS.get(w, w) for w in c.split())
                             for c in en if _SHORT_NOUNS.keys() & set(c.split())))
        for tag, (ko, en) in CUES.items()}

# m:all cues that only quantify ("전부", "all"): with a state said ("멈춰있는 컨테이너 전부"),
# they mean all of that state, not "including stopped" (-a).
QUANTIFIERS = {"전부", "모두", "모든", "전체", "싹 다", "다", "all", "every", "everything"}
# English particles of phrasal verbs, which may come after the object ("turn *it* on").
PARTICLES = ("up", "down", "on", "off", "out", "going")
# Relations: words that tie two values together ("8080 *to* 80", "web1을 mynet*에* 연결").
PORT_LINKS = ("to", "->", "→", "=>", "에서", "를", "을", "번을", "번 포트를", "포트를", "and")

# Korean verb forms that describe a noun ("다운로드한 이미지", "만든 컨테이너"): not the request.
ADNOMINAL = ("다운로드한", "다운로드된", "다운받은", "내려받은", "받은", "만든", "만들어진", "생성한", "생성된",
             "띄운", "띄웠던", "실행한", "실행된", "실행했던", "돌린", "돌렸던", "빌드한", "빌드된", "삭제한",
             "지운", "올린", "푸시한", "태그한", "연결한", "연결된", "켠", "시작한", "시작된", "멈췄던")
ADNOMINAL_NOUNS = ("이미지", "컨테이너", "것", "거", "네트워크", "볼륨", "애", "놈")
# Auxiliary verbs after a connective form ("받아 둔", "만들어 놓은"): the whole is adnominal.
ADNOMINAL_AUX = ("둔", "놓은", "놨던", "뒀던", "두었던", "놓았던", "버린", "놓던")
# Programs that phrases inside a container stand for ("파일 목록" → ls).
PROGRAM_PHRASES = (
    (("파일 목록", "파일 리스트", "파일들", "list the files", "list files", "the files",
      "directory listing", "list what's there", "list what is there", "list what's in it",
      "list what is in it", "list the contents", "list its contents", "list what's in there",
      "list what is in there", "list what's inside", "list what is inside", "list everything in there",
      "list everything in it", "show what's in there", "show what is in there", "show me what's in there",
      "show me what is in there"), "ls"),
    (("환경 변수", "환경변수", "environment variables", "environment variable", "environment vars",
      "env vars", "env var", "env variables", "env variable", "environment"), "env"),
    (("프로세스 목록", "프로세스", "processes", "running processes"), "ps"),
)
# Words that say the first of two actions is the one meant ("시작 또는 중지").
ALTERNATIVE_WORDS = ("또는", "혹은", "이나", "or")
# Built-in networks (for typo repair).
BUILTIN_NETWORKS = ("bridge", "host", "none")
FILTER_VALUES = {"status": ("created", "restarting", "running", "removing", "paused", "exited",
                            "dead"),
                 "health": ("starting", "healthy", "unhealthy", "none"),
                 "dangling": ("true", "false")}
# Second words of management commands people say instead of docker's.
SUB_ALIASES = {"delete": "rm", "remove": "rm", "del": "rm", "list": "ls", "show": "ls", "ps": "ls",
               "new": "create", "make": "create", "add": "create", "info": "inspect",
               "details": "inspect", "describe": "inspect", "attach": "connect",
               "detach": "disconnect", "join": "connect", "leave": "disconnect",
               "rn": "rm", "ks": "ls"}    # a key beside the right one: too short to match
# ASCII words inside Korean sentences that are not names ("ID만 출력").
# Nouns among the English action cues ("a bash session"): their plurals are not verbs.
EN_NOUN_CUES = {"session", "shell", "terminal", "console"}
KO_ASCII_WORDS = {"id", "ids", "ip", "json", "url", "cpu", "gpu", "os", "tty", "pid", "ok", "pc",
                  "mac", "laptop", "local",
                  "stdout", "stderr", "sha", "hash", "tcp", "udp", "cli", "gui", "vm", "vms"}
# English words with a hyphen that are not names.
EN_COMPOUNDS = {"user-defined", "one-off", "bind-mounted", "built-in", "multi-stage", "up-to-date", "long-running",
                "well-known", "non-running", "pseudo-terminal", "key-value", "read-write",
                "one-time", "step-by-step", "human-readable", "newly-created", "so-called"}
# Words before a name: "stop *db*", "logs of *web1*", "container *web1*".
EN_NAME_BEFORE = {"of", "from", "in", "into", "inside", "for", "on", "off", "onto", "to", "about",
                  "container",
                  "containers", "named", "called", "image", "network", "volume", "the", "both"}
# Words that head a message ("note: …", "todo: …") rather than name what it creates.
HEADING_WORDS = {"note", "notes", "question", "q", "update", "todo", "goal", "next", "then", "step",
                 "context", "problem", "issue", "fyi", "btw", "ps", "request", "ask", "help", "edit",
                 "tip", "summary", "reminder", "task", "plan", "idea", "hint", "setup", "aside", "answer",
                 "also", "hey", "hi", "ok", "okay", "docker", "error", "warning", "me", "user"}
# English words that are never container, image, volume or network names.
# "a network thingy": a word standing in for a name the speaker did not say
VAGUE_NOUNS = {"thingy", "thing", "things", "stuff", "whatchamacallit", "thingamajig", "thingamabob",
               "doohickey", "whatsit", "whatnot"}
EN_FILLER = set("""
a an the me my mine please pls can could would will you your i i'd i'm im want wanna need
like to of for from in on at into with without using use and or then also too it its that
this those these them they there here is are was were be been being do does did done have
has all every each some any one ones just only now quickly again new old called named name as
by up down out off over so what what's whats which how who where when why let lets let's
thanks thank hey hi yo ok okay cool great awesome alright perfect neat um umm uh uhh erm hmm sure give get go make see look tell about docker container
containers image images network networks volume volumes port ports server running
stopped background foreground mode detached interactive terminal shell session command
commands process latest version tag tags right away immediately currently last end recent
recently first lines line minutes minute seconds second hours hour days day ago mb gb
memory ram cpu cpus core cores limit limited limits up to via but not no yes should must
task job thing stuff something anything everything called id ids their our we us his her
another other more less than least most much many few bit little please run into onto
inside within whose which show list output new fresh local locally machine
computer pc laptop desktop host default it's i've isn't don't doesn't can't won't same like file files
directory folder dir path working work current just copy kind sort type simple quick
quietly random tagged labeled labelled already timeout grace period wait waiting seconds
database please real really actually currently anymore yet still even existing exist exists certain separate dedicated
select choose specify pick keep set open assign allow enable disable send given specific
mode session bindings binding information details detail config configuration status code
exit point time date made needs needed required necessary whichever whatever far
won doesn didn isn wasn aren couldn wouldn shouldn hasn haven own itself themselves
respond responds responding reacting live lives located stored reside resides sits kept
turn convert one-off one-time regardless irrespective state states somewhere anywhere
hung stuck frozen wedged unresponsive crashed broken dead seems seem seemed appears
looks looked looking acting behaving feels weird weirdly strange strangely odd oddly funny
misbehaving flaky glitchy style care try
ugh argh lol lmao lmfao rofl haha hah heh omg tbh smh idk imo btw fwiw welp meh u ur ya
crazy nuts insane wild loud noisy hot slow sluggish laggy going spinning fan fans
along alongside together plus including besides except around across during outside through
toward towards upon whether while per either neither extra additional
""".split())

# Words that show a typed line is a sentence, not a command ("run nginx in the background").
# Words that carry no instruction of their own, beyond EN_FILLER and NL_MARKERS: a word
# outside all three that no plan used lowers the plan's confidence (``evidence``).
EN_FUNCTION_WORDS = set("""
got but though still right rn
""".split())
NL_MARKERS = set("""
the a an me my please pls in on with using for of from and to show give want can could you
i how what which it that this is are every background foreground named called port ports
logs containers images running stopped last lines minutes seconds hours detached mode
interactive terminal shell memory limit limited into inside within some just only also
then but should would make new instead again volume volumes network networks image now off
container timeout everything both each back daemon
after before until when once as at by so because if not without about since over under than
too
""".split())
HELP_CUES = ("help", "도움말", "사용법", "usage", "옵션 목록", "available options", "옵션 보여",
             "what options")

# Words that name a docker feature or an action no cue covers ("swap", "ulimit"): left
# unused, they read as a dropped instruction, not as talk (``evidence``).
EN_OPTION_WORDS = {"swap", "swappiness", "ulimit", "ulimits", "sysctl", "healthcheck", "health",
                   "dns", "hostname", "tmpfs", "cgroup", "oom", "seccomp", "apparmor", "gpu",
                   "gpus", "shm", "pids", "export", "import", "save", "load", "commit",
                   "pause", "unpause", "prune", "rename", "update", "copy", "cp", "diff"}
# Nouns that point at "the" container without naming it ("shell into the box").
GENERIC_NOUNS = {"box", "thing", "machine", "instance", "vm", "guy", "sucker", "beast",
                 "critter", "puppy", "doohickey", "contraption"}
# Korean words that end what echo prints ("echo 안녕 *한번* 실행해봐").
KO_FILLER = {"한번", "한", "번", "좀", "그냥", "같이", "바로", "해봐", "해줘", "실행", "출력"}
# Chat spellings read as the words they stand for ("gimme the logs", "w/ timestamps").
SLANG = {"gimme": "give me", "lemme": "let me", "wanna": "want to", "gotta": "have to",
         "pls": "please", "plz": "please", "thx": "thanks", "w/o": "without", "w/": "with ",
         "incl.": "including", "incl": "including", "b/c": "because", "cuz": "because",
         "tho": "though", "u": "you", "ur": "your", "wont": "won't", "dont": "don't",
         "doesnt": "doesn't", "cant": "can't", "isnt": "isn't", "didnt": "didn't",
         "teh": "the", "hte": "the", "thr": "the",    # a small word mistyped
         "retrieve": "get", "obtain": "get"}    # a formal verb for the plain one
# Long flags said by their meaning ("--environment", "--port"): the flag docker spells. A
# misspelling of one of these words (within edit distance) means the same flag.
FLAG_WORDS = {"environment": "env", "environ": "env", "env-var": "env", "envvar": "env",
              "env-vars": "env", "environment-variable": "env", "variable": "env",
              "port": "publish", "ports": "publish", "port-mapping": "publish",
              "background": "detach", "daemon": "detach", "bg": "detach",
              "remove": "rm", "delete": "rm", "autoremove": "rm", "auto-remove": "rm",
              "vol": "volume", "mem": "memory", "ram": "memory", "memory-limit": "memory",
              "restart-policy": "restart", "cwd": "workdir", "working-directory": "workdir",
              "username": "user", "uid": "user", "container-name": "name",
              "net": "network", "networks": "network", "terminal": "tty",
              "timestamp": "timestamps", "lines": "tail", "all-containers": "all",
              "cpu": "cpus", "cores": "cpus", "vcpus": "cpus", "hostport": "publish"}
# Words in an invented long flag ("--cpu-limit", "--mem-max") that say no option by themselves.
FLAG_FILLER = {"limit", "limits", "max", "maximum", "size", "value", "set", "num", "amount",
               "number", "total", "allowed", "cap", "quota", "map", "mapping", "var", "vars"}
# Words that tell one copy of a container from another ("the old frontend" is frontend-old).
COPY_WORDS = {"old", "new", "test", "main", "legacy", "backup", "temp", "tmp", "prod", "dev", "staging"}
# Keys of an option list ("name=web", "{detach:true}") and the flag each names (``option_lists``).
OPTION_KEYS = {"name": "--name", "container_name": "--name", "network": "--network", "net": "--network",
               "port": "-p", "ports": "-p", "publish": "-p", "volume": "-v", "volumes": "-v",
               "env": "-e", "environment": "-e", "user": "-u", "workdir": "-w",
               "working_dir": "-w", "restart": "--restart", "hostname": "--hostname",
               "memory": "-m", "cpus": "--cpus", "entrypoint": "--entrypoint", "platform": "--platform"}
SWITCH_KEYS = {"detach": "-d", "detached": "-d", "background": "-d", "daemon": "-d", "rm": "--rm",
               "auto_remove": "--rm", "autoremove": "--rm", "interactive": "-i", "tty": "-t",
               "privileged": "--privileged", "init": "--init", "read_only": "--read-only"}
# Keys whose value is said as it is: the verb, the image, the program.
WORD_KEYS = {"action", "op", "verb", "image", "command", "cmd"}
# Program names people misspell as the docker program.
PROGRAM_WORDS = ("docker",)
DROP_WORDS = ("sudo",)
# Learner spellings of subcommands the fuzzy matcher would not reach.
SUBCOMMAND_ALIASES = {"ls": "ps", "list": "ps", "log": "logs", "remove": "rm", "delete": "rm",
                      "del": "rm", "image": "images", "img": "images", "container": "ps",
                      "containers": "ps", "shell": "exec", "download": "pull",
                      "upload": "push", "reboot": "restart", "execute": "exec",
                      "ps-a": "ps", "network": "network ls", "volume": "volume ls",
                      "rmv": "rm", "delete-image": "rmi"}
# Shell-style short names of the volume and network commands ("mkvol", "rmnet"), as
# scripts and agents' tools name them.
SHORT_COMMANDS = {f"{verb}{obj}": f"{noun} {command}"
                  for obj, noun in (("vol", "volume"), ("net", "network"))
                  for verb, command in (("mk", "create"), ("rm", "rm"), ("ls", "ls"))}
SUBCOMMAND_ALIASES.update(SHORT_COMMANDS)

# ---------------------------------------------------------------------------
# Numbers and units
# ---------------------------------------------------------------------------

_EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# "twenty five" and "twenty-five" as well as the plain words.
EN_NUMBERS = {**{w: str(i) for i, w in enumerate(_EN_ONES)},
              **{t: str(20 + 10 * i) for i, t in enumerate(_EN_TENS)},
              **{f"{t}{sep}{o}": str(20 + 10 * i + j) for i, t in enumerate(_EN_TENS)
                 for j, o in enumerate(_EN_ONES[1:10], 1) for sep in (" ", "-")},
              "hundred": "100", "a hundred": "100", "one hundred": "100",
              "a couple of": "2", "a couple": "2", "a few": "3",
              "half a": "0.5", "half an": "0.5", "half of a": "0.5", "an": "1", "a": "1",
              "a quarter": "0.25", "a quarter of a": "0.25", "quarter of a": "0.25",
              "a single": "1", "single": "1", "double": "2"}
# Words after which a number word is a count ("max five", "up to three").
EN_COUNT_LEADS = ("max", "maximum", "at most", "up to", "no more than", "limit of", "last",
                  "first", "tail", "past", "newest", "latest", "most recent", "final")
_KO_SINO = dict(zip("일이삼사오육칠팔구", "123456789"))
_KO_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
              "아홉": 9}
# Native counts up to twenty-nine ("열두", "스물다섯"), Sino-Korean up to 99 ("이십오") and
# round hundreds ("삼백").
KO_NUMBERS = {"하나": "1", "둘": "2", "셋": "3", "넷": "4", "반": "0.5", "백": "100",
              "열": "10", "스무": "20", "스물": "20", "서른": "30", "마흔": "40", "쉰": "50",
              **{w: str(n) for w, n in _KO_NATIVE.items()},
              **{f"{ten}{w}": str(base + n) for ten, base in (("열", 10), ("스물", 20))
                 for w, n in _KO_NATIVE.items()},
              **{f"{t}십{o}": str(int(tv) * 10 + int(ov or 0))
                 for t, tv in (("", "1"), *_KO_SINO.items())
                 for o, ov in (("", ""), *_KO_SINO.items())},
              **{f"{h}백": str(int(hv) * 100) for h, hv in _KO_SINO.items()}}
# Counters after which a Korean number word is a number ("세 줄", "두 개", "삼십 분").
KO_COUNTERS = ("줄", "개", "분", "초", "시간", "코어", "기가", "메가", "일", "라인", "행",
               "컨테이너", "번", "회")
EN_UNIT_WORDS = ("lines", "line", "minutes", "minute", "mins", "min", "seconds", "second",
                 "secs", "sec", "hours", "hour", "hrs", "hr", "days", "day", "cpus", "cpu",
                 "cores", "core", "gb", "mb", "gig", "gigs", "gigabyte", "gigabytes",
                 "megabytes", "megabyte", "entries", "rows", "times", "tries", "attempts",
                 "retries", "restarts", "weeks", "week")

DURATION_UNITS = {
    "s": ("초", "s", "sec", "secs", "second", "seconds"),
    "m": ("분", "m", "min", "mins", "minute", "minutes"),
    "h": ("시간", "h", "hr", "hrs", "hour", "hours"),
    "d": ("일", "d", "day", "days", "날"),
}
BYTE_UNITS = {
    "k": ("k", "kb", "kib", "kilobyte", "kilobytes", "킬로", "킬로바이트", "케이"),
    "m": ("m", "mb", "mib", "megabyte", "megabytes", "meg", "megs", "메가", "메가바이트", "mega",
          "엠비"),
    "g": ("g", "gb", "gib", "gigabyte", "gigabytes", "gig", "gigs", "기가", "기가바이트", "giga",
          "지비"),
}
LINE_UNITS = ("줄", "라인", "행", "lines", "line", "rows", "entries", "개 줄", "줄만")
CPU_UNITS = ("코어", "개 코어", "core", "cores", "cpu", "cpus", "vcpu", "vcpus", "개의 cpu",
             "개 cpu")

# Linux capabilities a learner may ask to add (translated faithfully; the policy refuses them).
CAPABILITIES = ("SYS_ADMIN", "NET_ADMIN", "NET_RAW", "SYS_PTRACE", "SYS_TIME", "SYS_MODULE",
                "SYS_RESOURCE", "SYS_BOOT", "SYS_RAWIO", "SYS_NICE", "SYS_CHROOT", "IPC_LOCK",
                "IPC_OWNER", "DAC_OVERRIDE", "DAC_READ_SEARCH", "NET_BIND_SERVICE",
                "NET_BROADCAST", "AUDIT_WRITE", "AUDIT_CONTROL", "LINUX_IMMUTABLE", "MAC_ADMIN",
                "MAC_OVERRIDE", "SYS_PACCT", "SYS_TTY_CONFIG", "WAKE_ALARM", "BLOCK_SUSPEND",
                "MKNOD", "CHOWN", "SETUID", "SETGID", "SETFCAP", "SETPCAP", "FOWNER", "SYSLOG",
                "BPF", "PERFMON", "ALL")
# Run options named by a word and followed by their value ("with hostname web-a",
# "dns 1.1.1.1", "shm size 256mb"): the words → the flag.
NAMED_RUN_OPTIONS = {"hostname": "hostname", "host name": "hostname", "dns": "dns",
                     "dns server": "dns", "shm size": "shm-size", "shm-size": "shm-size",
                     "shared memory size": "shm-size", "shared memory": "shm-size",
                     "pids limit": "pids-limit", "pids-limit": "pids-limit", "pid limit": "pids-limit",
                     "process limit": "pids-limit"}
CAPABILITY_WORDS = ("capabilities", "capability", "cap", "권한", "캐퍼빌리티", "커널 권한")

# ---------------------------------------------------------------------------
# Host paths people ask to mount (translated faithfully; the policy refuses them)
# ---------------------------------------------------------------------------

HOST_SOURCES = (
    (("도커 소켓", "docker socket", "docker.sock", "도커 데몬 소켓", "docker daemon socket"),
     "/var/run/docker.sock", "/var/run/docker.sock"),
    (("홈 디렉터리", "홈 디렉토리", "홈 폴더", "홈디렉터리", "홈디렉토리", "home directory",
      "home folder", "home dir", "홈 경로"), "~", "/home"),
    (("호스트 루트", "호스트의 루트", "루트 파일시스템", "루트 파일 시스템", "호스트 전체",
      "호스트 파일시스템", "host root", "root filesystem", "root directory", "entire host",
      "whole host", "host filesystem", "host's root", "루트 디렉터리", "루트 디렉토리",
      "host root filesystem", "host root file system", "host root directory", "host root dir",
      "root file system", "host file system", "root of the host", "host's whole filesystem",
      "host whole filesystem", "entire host filesystem", "whole host filesystem"),
     "/", "/host"),
    (("현재 디렉터리", "현재 디렉토리", "현재 폴더", "지금 폴더", "이 폴더", "current directory",
      "current folder", "this directory", "this folder", "current dir"), ".", "/app"),
)

# docker inspect -f templates for common questions.
INSPECT_FORMATS = (
    (("ip 주소", "아이피", "ip address", "ip"),
     "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}"),
    (("상태만", "status only", "just the status", "only the status"), "{{.State.Status}}"),
    (("이미지 이름", "image name"), "{{.Config.Image}}"),
    (("구성 정보", "설정 정보", "configuration", "config as json", "json 형식"), "{{json .Config}}"),
    (("포트 바인딩", "port bindings", "port mappings", "포트 매핑"),
     "{{range $p, $conf := .NetworkSettings.Ports}} {{$p}} -> {{(index $conf 0).HostPort}} {{end}}"),
    (("마운트 정보", "mounts", "mount info"), "{{json .Mounts}}"),
    (("로그 파일 경로", "log path", "log file"), "{{.LogPath}}"),
)

# ---------------------------------------------------------------------------
# Questions and concepts
# ---------------------------------------------------------------------------

QUESTION_KO = ("뭐야", "뭐예요", "뭐에요", "뭔가요", "뭔데", "뭐지", "뭘까", "무엇", "뭐임",
               "이란", "란?", "란 ", "차이", "설명", "개념", "의미", "뜻", "왜 ", "어떻게 동작",
               "어떻게 작동", "어떤 거야", "무슨 뜻", "무슨 의미", "알려줘", "알고 싶",
               "어떻게 나가", "어떻게 빠져나", "가 뭐", "이 뭐", "는 뭐", "은 뭐", "원리",
               "비교")
QUESTION_EN = ("what is", "what's", "whats", "what are", "what does", "what do", "explain",
               "define", "definition", "tell me about", "describe", "how does", "how do",
               "difference", "differ", "meaning", "why", "what exactly", "vs", "versus",
               "compared", "compare", "mean", "concept", "how can i leave", "how to leave",
               "how do i leave", "how do i exit", "how to exit", "how do i get out",
               "what happens")
# Extra words that point at an explainer page (besides its own title and keywords).
CONCEPT_HINTS = {
    "vm": ("vm", "virtual machine", "가상 머신", "가상머신", "hypervisor", "하이퍼바이저"),
    "container": ("container", "컨테이너"),
    "vm-vs-container": ("difference", "차이", "vs", "versus", "비교", "compare", "compared"),
    "architecture": ("architecture", "아키텍처", "구조", "daemon", "데몬", "dockerd",
                     "client", "클라이언트", "how docker works", "도커는 어떻게"),
    "images-and-layers": ("layer", "layers", "레이어", "image", "이미지", "copy-on-write"),
    "registry": ("registry", "레지스트리", "docker hub", "도커 허브", "도커허브"),
    "workflow": ("workflow", "워크플로", "워크플로우", "작업 흐름", "순서", "build ship run",
                 "개발 흐름", "lifecycle"),
    "exit": ("exit", "leave", "나가", "빠져나", "ctrl-d", "ctrl+d", "ctrl-p", "detach from"),
}
CONCEPT_SLUGS = ("vm", "container", "vm-vs-container", "architecture", "images-and-layers",
                 "registry", "workflow", "run", "stop", "start", "restart", "rm", "rmi",
                 "pull", "push", "images", "ps", "logs", "exec", "build", "network", "volume",
                 "exit")

# ---------------------------------------------------------------------------
# Safety
# ---------------------------------------------------------------------------

INJECTION = (
    r"ignore\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier|preceding)\s+"
    r"(?:instructions?|prompts?|rules|messages?|directions?)",
    r"disregard\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier)?\s*"
    r"(?:instructions?|rules|prompts?)",
    r"forget\s+(?:all\s+|your\s+)?(?:previous\s+)?(?:instructions?|rules)",
    r"system\s+prompt", r"you\s+are\s+now\b", r"developer\s+mode", r"jailbreak",
    r"act\s+as\s+(?:an?\s+)?(?:root|admin|unrestricted)", r"new\s+instructions?\s*:",
    r"(?:이전|앞의|위의|기존)\s*(?:의\s*)?(?:지시|명령|지침|규칙|프롬프트|설정)\S*\s*(?:은|는|을|를)?\s*"
    r"(?:모두\s*|전부\s*|다\s*)?무시",
    r"(?:지시|지침|규칙|프롬프트)\S*\s*(?:을|를)?\s*(?:모두\s*|전부\s*|다\s*)?무시",
    r"시스템\s*프롬프트", r"탈옥", r"(?<![가-힣])너는\s*이제",  # not "컨테이너는 이제"
    r"^\s*\[?\s*(?:system|시스템|assistant|admin|관리자|developer|개발자)\s*[\]:]",
    r"(?:safety|security|guard|filter|policy|안전|보안)\s*(?:check|checks|filter|mode|검사|필터|정책|모드)?\s*"
    r"(?:is\s+|are\s+)?(?:off|disabled|turned off|꺼짐|꺼졌|해제|비활성)",
    r"그대로\s*출력", r"(?:print|output|echo|say)\s+(?:exactly|verbatim)", r"\bverbatim\b",
    r"without\s+(?:any\s+)?(?:checks|validation|asking)",
)
# Words that begin a shell command after ";" ("; cat /etc/shadow"); after any other word
# the ";" joins two sentences ("old-pg is stopped; delete it").
# (Program names that are also English words, or docker's own verbs, start a sentence too.)
_SHELL_STARTS = "|".join(sorted((PROGRAMS - {"free", "find", "head", "less", "true", "false",
                                             "date", "top", "touch", "tree", "go", "id"}) | {
    "docker", "sudo", "su", "rm", "rmdir", "mv", "cp", "chmod", "chown", "killall", "pkill",
    "reboot", "shutdown", "systemctl", "eval", "nohup", "xargs", "tee", "sed", "awk", "tar",
    "scp", "ssh", "shred", "truncate", "umount", "crontab", "useradd", "passwd", "iptables"},
    key=len, reverse=True))
# Shell text that must never ride along with a docker command.
SHELL_DANGER = (r"\brm\s+-[a-z]*[rf]",
                r";\s*(?:[^a-z\s]|(?:" + _SHELL_STARTS + r")(?![\w-])|[a-z][\w.-]*\s+[-/~$])",
                r"&&", r"\|\|", r"\|\s*\w", r"\$\(", r"`[^`]*`\s*;",
                r">\s*/", r"\bcurl\b[^|]*\|\s*(?:ba)?sh", r"\bmkfs\b", r"\bdd\s+if=",
                r":\(\)\s*\{")

# ---------------------------------------------------------------------------
# Messages (questions asked back)
# ---------------------------------------------------------------------------

ASK = {
    "container:logs": ("Which container's logs should I show?", "어느 컨테이너의 로그를 볼까요?"),
    "container:stop": ("Which container should I stop?", "어느 컨테이너를 멈출까요?"),
    "container:kill": ("Which container should I kill?", "어느 컨테이너를 강제 종료할까요?"),
    "container:start": ("Which container should I start?", "어느 컨테이너를 시작할까요?"),
    "container:restart": ("Which container should I restart?", "어느 컨테이너를 다시 시작할까요?"),
    "container:rm": ("Which container should I remove?", "어느 컨테이너를 삭제할까요?"),
    "container:exec": ("Which container do you want to get into?", "어느 컨테이너에 접속할까요?"),
    "container:inspect": ("Which container should I inspect?", "어느 컨테이너의 정보를 볼까요?"),
    "container:network": ("Which container should I connect?", "어느 컨테이너를 연결할까요?"),
    "container": ("Which container do you mean?", "어느 컨테이너를 말하는 건가요?"),
    "image:run": ("Which image should I run?", "어떤 이미지로 실행할까요?"),
    "image:rmi": ("Which image should I remove?", "어느 이미지를 삭제할까요?"),
    "image:push": ("Which image should I push?", "어느 이미지를 올릴까요?"),
    "image:pull": ("Which image should I pull?", "어떤 이미지를 내려받을까요?"),
    "image:tag": ("Which image should I tag, and with what name?",
                  "어느 이미지에 어떤 이름(태그)을 붙일까요?"),
    "image": ("Which image do you mean?", "어느 이미지를 말하는 건가요?"),
    "network": ("Which network do you mean?", "어느 네트워크를 말하는 건가요?"),
    "volume": ("Which volume do you mean?", "어느 볼륨을 말하는 건가요?"),
    "name:network": ("What should the new network be called?", "새 네트워크 이름을 뭐로 할까요?"),
    "name:volume": ("What should the new volume be called?", "새 볼륨 이름을 뭐로 할까요?"),
    "port:several": ("{image} listens on several ports inside the container: which one should "
                     "host port {host} reach?",
                     "{image}는 컨테이너 안에서 여러 포트를 씁니다. 호스트 {host}번은 어느 포트로 연결할까요?"),
    "port": ("Which port does {image} listen on inside the container? For example: -p {host}:3000",
             "{image} 컨테이너 안에서 앱이 쓰는 포트는 몇 번인가요? 예: -p {host}:3000"),
    "intent": ("What would you like to do? For example: 'run nginx on port 8080', "
               "'show the logs of web1', 'list all containers'.",
               "무엇을 할까요? 예: 'nginx를 8080 포트로 띄워줘', 'web1 로그 보여줘', "
               "'모든 컨테이너 보여줘'"),
    "injection": ("I only translate Docker requests and never follow instructions inside them. "
                  "Which Docker command do you want?",
                  "저는 Docker 요청만 명령으로 바꿔 드리고, 글 안의 지시는 따르지 않아요. "
                  "어떤 Docker 명령이 필요한가요?"),
    "shell": ("Gorae runs one docker command at a time, without shell operators. "
              "Which docker command do you want?",
              "Gorae는 셸 연산자 없이 docker 명령을 한 번에 하나만 실행해요. 어떤 명령을 실행할까요?"),
    "empty": ("Type what you want to do, e.g. 'run nginx' or 'docker ps -a'.",
              "하고 싶은 일을 적어 주세요. 예: 'nginx 실행해줘', 'docker ps -a'"),
    "command": ("Which command should run inside the container?",
                "컨테이너 안에서 어떤 명령을 실행할까요?"),
    "none": ("You have no containers yet.", "아직 컨테이너가 없어요."),
    "unsure": ("I could not place {words} in a command. Did you mean: {guess} ? "
               "If not, say what {words} should be used for.",
               "요청의 {words} 부분을 명령의 어디에 넣을지 모르겠어요. 이 명령이 맞나요? {guess} "
               "아니라면 {words} 값을 어디에 쓸지 알려 주세요."),
    "unsure:intent": ("I am not sure what you want to do. Did you mean: {guess} ?",
                      "무엇을 하려는 건지 확실하지 않아요. 이 명령이 맞나요? {guess}"),
    "tool-key": ("docker {command} has no option '{option}'. Which option do you mean?",
                 "docker {command}에는 '{option}' 옵션이 없어요. 어떤 옵션을 말하는 건가요?"),
    "unknown-container": ("You have no container named '{name}'. Which one do you mean?",
                          "'{name}' 컨테이너가 없어요. 어느 컨테이너를 말하는 건가요?"),
    "unknown-image": ("You have no image named '{name}'. Which one do you mean?",
                      "'{name}' 이미지가 없어요. 어느 이미지를 말하는 건가요?"),
}
