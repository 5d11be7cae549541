### 游戏和命令行共用的词语。

lang-name = 简体中文

days = { $days } 天
