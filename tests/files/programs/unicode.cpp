#include <iostream>
int main() { std::cout << "żółć 日本語 🙂\n"; return 0; }
