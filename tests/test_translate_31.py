"""Session causes (fixer X): a container removed with its "vols", the N newest containers with
stopped ones said to be included, "the one running IMAGE" for inspect, "IMAGE 컨테이너 NAME로"
naming a new container, and a typed network connect whose operands the caller's networks order."""
import pytest

from tests.translating import assert_asks, assert_command, container
from webapp.commands.translate import translate

_APPS = {"containers": [container("billing-api", "acme/billing:2.0"), container("pg-main", "postgres:16", created=2),
                        container("kv", "redis:7", created=3), container("kv-old", "redis:7", "exited", 4)]}
_NETS = {"containers": [container("relay", "nginx"), container("cart-7", "node:20")],
         "networks": ["spine", {"name": "edge-lan"}]}


@pytest.mark.parametrize("text, context, expected", [
    # a container removed with its volumes, said in their chat short form
    ("delete cart-db and its vols", None, "docker rm -v cart-db"),
    ("old-worker can go, along with its anon vols", None, "docker rm -v old-worker"),
    ("get rid of metrics-1 with its vols", None, "docker rm -v metrics-1"),
    # near misses: a typed "vols" is a name, and "vols" alone lists volumes
    ("docker rm vols", None, "docker rm vols"),
    ("list vols", None, "docker volume ls"),
    # the N newest, stopped ones said to be included: -a as well as -n
    ("the 2 latest containers incl. stopped", None, "docker ps -a -n 2"),
    ("last 5 containers including stopped ones", None, "docker ps -a -n 5"),
    ("show the newest 4 containers even the stopped ones", None, "docker ps -a -n 4"),
    ("최근 컨테이너 3개 정지된 것도 포함해서", None, "docker ps -a -n 3"),
    # near misses: "regardless of state", "running or not", "as well" are -n alone
    ("the 4 newest containers regardless of state", None, "docker ps -n 4"),
    ("last 3 containers created, running or not", None, "docker ps -n 3"),
    ("my 6 newest containers, stopped ones as well", None, "docker ps -n 6"),
    # "the one running IMAGE": one of the caller's containers
    ("inspect the container running postgres", _APPS, "docker inspect pg-main"),
    ("inspect the one that uses acme/billing:2.0", _APPS, "docker inspect billing-api"),
    ("inspect the container built from the postgres image", _APPS, "docker inspect pg-main"),
    # near misses: the image itself, and an image no container of theirs runs
    ("inspect the acme/billing image", _APPS, "docker inspect acme/billing"),
    ("inspect the one running nginx", _APPS, "docker inspect nginx"),
    # "IMAGE 컨테이너 NAME로": the new container's name
    ("redis 컨테이너 cache1으로 띄워줘", None, "docker run -d --name cache1 redis"),
    ("postgres 컨테이너를 db-7로 띄워줘", None, "docker run -d --name db-7 postgres"),
    ("nginx 컨테이너 edge 이름으로 켜줘", None, "docker run -d --name edge nginx"),
    # near misses: a port, a network, a shell
    ("nginx 컨테이너 8080으로 띄워줘", None, "docker run -d -p 8080:80 nginx"),
    ("nginx 컨테이너 mynet 네트워크로 띄워줘", None, "docker run -d --network mynet nginx"),
    ("ubuntu 컨테이너 bash로 실행해줘", None, "docker run -i -t ubuntu bash"),
])
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text", ["inspect the one running redis",
                                  "inspect the container from the redis image"])
def test_asks_between_containers_of_one_image(text):
    assert_asks(text, _APPS, ("kv", "kv-old"))


@pytest.mark.parametrize("text, expected, swapped", [
    ("docker network disconnect relay spine", "docker network disconnect spine relay", True),
    ("docker network connect cart-7 edge-lan", "docker network connect edge-lan cart-7", True),
    ("network connect orbit spine", "docker network connect spine orbit", True),
    # near misses: already in order, or two words the context does not place
    ("docker network connect spine relay", "docker network connect spine relay", False),
    ("docker network disconnect blue green", "docker network disconnect blue green", False),
])
def test_network_operands_ordered_by_context(text, expected, swapped):
    result = translate(text, None, _NETS)
    assert result["command"] == expected, result
    assert any(c["kind"] == "order" for c in result["corrections"]) == swapped, result


@pytest.mark.parametrize("field", ["containers", "images", "networks"])
@pytest.mark.parametrize("value", [5, "web1", {"name": "web1"}, None])
def test_a_context_field_that_is_not_a_list_counts_as_nothing_known(field, value):
    answer = translate("docker network disconnect orbit backplane", None, context={field: value})
    assert answer["command"] == "docker network disconnect orbit backplane"
