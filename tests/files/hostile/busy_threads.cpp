// Burns CPU on four threads: the CPU limit must count all of them.
#include <thread>
#include <vector>
int main() {
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; i++) threads.emplace_back([] { volatile unsigned long x = 0; for (;;) x++; });
    for (auto &t : threads) t.join();
}
