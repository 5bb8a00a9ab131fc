SETTING = 'config setting'
